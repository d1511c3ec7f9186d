using System.Runtime.CompilerServices;

namespace Publisher.Tests.Support;

/// <summary>
/// A small approved-file check (Verify is not on this registry): the text must equal
/// Snapshots/Approved/&lt;name&gt;.approved.txt. On a difference the new text is written beside it as
/// .received.txt; review it and rename it to approve. Set PUBLISHER_APPROVE=1 to approve all at once.
/// </summary>
public static class Approvals
{
    public static void Verify(string name, string actual)
    {
        Directory.CreateDirectory(RepoPaths.Approved);
        var approved = Path.Combine(RepoPaths.Approved, name + ".approved.txt");
        var received = Path.Combine(RepoPaths.Approved, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("PUBLISHER_APPROVE") == "1")
        {
            File.WriteAllText(approved, actual);
        }

        var expected = File.Exists(approved) ? File.ReadAllText(approved).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved snapshot '{name}'. Review {received} and rename it to {Path.GetFileName(approved)}."
            : $"Snapshot '{name}' differs from {approved}. The new output is in {received}; diff them and approve if right.\n{FirstDifference(expected, actual)}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"line {i + 1}:\n  approved: {e}\n  received: {a}";
            }
        }

        return string.Empty;
    }
}
