namespace Publisher.Parsing.Structure;

/// <summary>One small step of reading an article's structure; stages run in order over a shared draft.</summary>
public interface IStructureStage
{
    void Run(ArticleDraft draft);
}
