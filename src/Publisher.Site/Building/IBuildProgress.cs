namespace Publisher.Site.Building;

/// <summary>Receives progress of a build's long stages, for a progress bar.</summary>
public interface IBuildProgress
{
    void Stage(string name, int total);

    void Advance(int count = 1);
}
