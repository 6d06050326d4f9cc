namespace Symbolic.Cli.Files;

/// <summary>Writes output files so that a reader never sees a partial file: write to a temporary file in the same
/// folder, then rename over the target (atomic on one file system). A failed or cancelled write leaves the previous
/// file untouched and no temporary file behind.</summary>
public static class AtomicFile
{
    /// <summary>Creates <paramref name="path"/> by calling <paramref name="write"/> with a temporary path, then moving it into place.</summary>
    /// <exception cref="UserError">The folder does not exist or cannot be written.</exception>
    public static void Write(string path, Action<string> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(folder)) throw new UserError($"cannot write '{path}': folder '{folder}' does not exist");
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        try
        {
            write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new UserError($"cannot write '{path}': {e.Message}");
        }
        catch (IOException e)
        {
            throw new UserError($"cannot write '{path}': {e.Message}");
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Writes text atomically.</summary>
    public static void WriteText(string path, string text) => Write(path, temp => File.WriteAllText(temp, text));
}
