using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Symbolic.Cli.Output;

/// <summary>Writes one JSON document with stable, culture-invariant formatting (shortest round-trip doubles;
/// NaN and infinities, which JSON cannot hold, become null).</summary>
public static class Json
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Builds the document with <paramref name="write"/> and returns it as a string (with a final newline).</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, s_options)) write(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    /// <summary>Writes a double property, or null when it is not finite.</summary>
    public static void Number(this Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value)) writer.WriteNumber(name, value);
        else writer.WriteNull(name);
    }

    /// <summary>Writes a double array element, or null when it is not finite.</summary>
    public static void NumberValue(this Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteNullValue();
    }
}
