using System.IO.Hashing;
using System.Text;

namespace Publisher.Site.Building;

/// <summary>
/// A file the tool keeps beside the output folder for a later build: it starts with its kind (a magic string) and
/// the id of the build that wrote it, is written whole to "PATH.new" and moved into place, and a file of that name
/// which is not the tool's own is never written over or removed. It ends with a checksum of everything before it:
/// a damaged store is never read, since damage inside a string would otherwise read as other text.
/// </summary>
internal static class BinaryStore
{
    /// <summary>Best effort: a store that cannot be written only costs a later build some work.</summary>
    public static void Save(string path, string magic, string buildId, Action<BinaryWriter> write)
    {
        try
        {
            if (File.Exists(path) && !IsOurs(path, magic))
            {
                // Someone else's file of that name is left alone.
                return;
            }

            using (var file = new FileStream(path + ".new", FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            {
                using (var writer = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
                {
                    writer.Write(magic);
                    writer.Write(buildId);
                    write(writer);
                }

                file.Position = 0;
                var checksum = new XxHash64();
                checksum.Append(file);
                file.Write(checksum.GetCurrentHash());
            }

            File.Move(path + ".new", path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Half written, ours: removed. An older store names another build, so it is never read.
            TryDelete(path + ".new");
        }
    }

    /// <summary>The store's bytes (its buffer visible), positioned after its header; null when there is none, or another build's or kind's.</summary>
    public static BinaryReader? Open(string path, string magic, string buildId)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            var length = bytes.Length - sizeof(ulong);
            if (length < 0 || !XxHash64.Hash(bytes.AsSpan(0, length)).AsSpan().SequenceEqual(bytes.AsSpan(length)))
            {
                return null;
            }

            var reader = new BinaryReader(new MemoryStream(bytes, 0, length, writable: false, publiclyVisible: true), Encoding.UTF8);
            if (reader.ReadString() == magic && reader.ReadString() == buildId)
            {
                return reader;
            }

            reader.Dispose();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException)
        {
            return null;
        }
    }

    public static void Forget(string path, string magic)
    {
        if (File.Exists(path) && IsOurs(path, magic))
        {
            TryDelete(path);
        }
    }

    public static void WriteOptional(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    public static string? ReadOptional(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static bool IsOurs(string path, string magic)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            return reader.ReadString() == magic;
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind, it names a build id no later state will, so it is never read.
        }
    }
}
