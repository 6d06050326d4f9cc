using System.CommandLine;
using System.Globalization;
using Symbolic.Cli.Output;
using Symbolic.Kernels;
using Symbolic.Kernels.Derivation;

namespace Symbolic.Cli.Commands;

/// <summary><c>symbolic eval --arch SPEC --t 0.3,0.9,-1</c>: kernel values through the compiled closed form (or the
/// numeric layer path when an activation has no closed-form dual). Fully connected architectures also take one pair
/// <c>--x 'x1,…' --z 'z1,…'</c> (instead of --t), evaluated at t = ⟨x/‖x‖, z/‖z‖⟩; convolutional ones take only
/// <c>--x/--z</c> images with <c>--channels C0</c> (see <see cref="ImageEval"/>).</summary>
public static class EvalCommand
{
    /// <summary>Cosines that round past ±1 by at most this much are clamped; anything further is refused.</summary>
    public const double ClampSlack = 1e-12;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var arch = KernelOptions.Arch();
        var kernel = KernelOptions.Kernel("ntk");
        var normalize = KernelOptions.Normalize();
        var points = new Option<string?>("--t")
        {
            Description = "Comma-separated cosines t = <x, z> in [-1, 1], e.g. --t 0.3,0.9,-1 (fully connected architectures).",
        };
        var x = new Option<string?>("--x")
        {
            Description = "One input as comma-separated numbers: a vector (fully connected: t = <x/|x|, z/|z|>) or an image, pixel-major " +
                          "p0c0,p0c1,…,p1c0,… (convolutional: every pixel normalised to the unit sphere; needs --channels).",
        };
        var z = new Option<string?>("--z") { Description = "The second input, like --x." };
        var channels = ImageOptions.Channels();
        var grid = ImageOptions.Grid();
        var format = CommonOptions.Format();
        var command = new Command("eval", "Evaluate the NNGP/NTK of an architecture at cosines t through the compiled closed form, " +
            "or at one pair of inputs --x/--z (images for convolutional architectures).")
        {
            arch, kernel, normalize, points, x, z, channels, grid, format,
        };
        command.SetAction(r => Dispatch(r.InvocationConfiguration.Output, r.GetValue(arch)!, r.GetValue(kernel)!, r.GetValue(normalize),
            r.GetValue(points), r.GetValue(x), r.GetValue(z), r.GetValue(channels), r.GetValue(grid), CommonOptions.ParseFormat(r.GetValue(format))));
        return command;
    }

    private static int Dispatch(TextWriter output, string spec, string kernelWord, bool normalize, string? t, string? x, string? z,
        int? channels, string? grid, OutputFormat format)
    {
        var (layer, _) = KernelOptions.Parse(spec);
        if ((x is null) != (z is null)) throw new UserError($"{(x is null ? "--x" : "--z")}: missing; a pair needs both --x and --z");
        if (ImageOptions.IsImage(layer))
        {
            if (t is not null) throw new UserError($"--t: '{spec}' is convolutional: its kernel is not a function of one cosine; give a pair of images --x and --z");
            if (x is null) throw new UserError($"--x: '{spec}' is convolutional: give a pair of images --x 'p0c0,p0c1,…' --z '…' with --channels C0");
            return ImageEval.Run(output, layer, spec, kernelWord, normalize, x, z!, channels, grid, format);
        }
        ImageOptions.RefuseForFullyConnected(spec, ("--channels", channels is not null), ("--grid", grid is not null));
        if (t is not null && x is not null) throw new UserError("--t: give either cosines --t or one pair --x/--z, not both");
        if (t is null && x is null) throw new UserError("--t: give cosines --t 0.3,0.9 (in [-1, 1]) or one pair --x 'x1,…' --z 'z1,…'");
        return Run(output, spec, kernelWord, normalize, t is not null ? ParsePoints(t) : [Cosine(x!, z!)], format);
    }

    /// <summary>t = ⟨x/‖x‖, z/‖z‖⟩ of two vectors given as comma-separated numbers (zero vectors and length mismatches refused).</summary>
    public static double Cosine(string x, string z)
    {
        var xs = ImageOptions.ParseRow(x, "--x");
        var zs = ImageOptions.ParseRow(z, "--z");
        if (xs.Length != zs.Length) throw new UserError($"--z: {zs.Length} values, but --x has {xs.Length}");
        double xx = 0, zz = 0, xz = 0;
        for (int i = 0; i < xs.Length; i++) (xx, zz, xz) = (xx + xs[i] * xs[i], zz + zs[i] * zs[i], xz + xs[i] * zs[i]);
        if (xx == 0 || zz == 0) throw new UserError($"{(xx == 0 ? "--x" : "--z")}: the zero vector has no direction on the unit sphere");
        return Math.Clamp(xz / Math.Sqrt(xx * zz), -1, 1);
    }

    /// <summary>Parses and range-checks the cosines.</summary>
    public static double[] ParsePoints(string text)
    {
        var items = text.Split(',', StringSplitOptions.TrimEntries);
        if (items.Length == 0 || items.Any(i => i.Length == 0)) throw new UserError($"--t: expected comma-separated numbers in [-1, 1], got '{text}'");
        return [.. items.Select(item =>
        {
            if (!double.TryParse(item, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) || double.IsNaN(t))
                throw new UserError($"--t: '{item}' is not a number (accepted: numbers in [-1, 1])");
            if (Math.Abs(t) > 1 + ClampSlack) throw new UserError($"--t: t = {item} is outside the accepted range [-1, 1]");
            return Math.Clamp(t, -1, 1);
        })];
    }

    private static int Run(TextWriter output, string spec, string kernelWord, bool normalize, double[] points, OutputFormat format)
    {
        var (derivation, _) = KernelOptions.Derive(spec);
        var kinds = KernelOptions.Kinds(kernelWord);
        var values = kinds.ToDictionary(k => k, k => Evaluate(derivation, k, normalize, points));
        if (format == OutputFormat.Json)
        {
            output.Write(Json.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("arch", spec);
                w.WriteString("kernel", kernelWord);
                w.WriteBoolean("normalized", normalize);
                w.WriteBoolean("closed_form", derivation.HasClosedForm);
                w.WriteStartArray("points");
                for (int i = 0; i < points.Length; i++)
                {
                    w.WriteStartObject();
                    w.Number("t", points[i]);
                    if (kinds.Length == 1) w.Number("value", values[kinds[0]][i]);
                    else foreach (var kind in kinds) w.Number(KernelOptions.Name(kind), values[kind][i]);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }));
            return ExitCodes.Ok;
        }
        var header = string.Join("  ", kinds.Select(k => $"{(normalize ? "normalized " : "")}{KernelOptions.Name(k),-22}"));
        output.WriteLine($"{"t",-22}  {header}");
        for (int i = 0; i < points.Length; i++)
            output.WriteLine($"{ExprCommand.Format(points[i]),-22}  " + string.Join("  ", kinds.Select(k => $"{ExprCommand.Format(values[k][i]),-22}")));
        return ExitCodes.Ok;
    }

    /// <summary>K(t) at each point: the compiled closed form when there is one, else the numeric layer path.</summary>
    public static double[] Evaluate(KernelDerivation derivation, KernelKind kind, bool normalize, IReadOnlyList<double> points)
    {
        var result = new double[points.Count];
        var closedForm = derivation.Kernel(kind, normalize);
        if (closedForm is not null && normalize && (kind == KernelKind.Nngp ? derivation.NngpDiagonal : derivation.NtkDiagonal) is { } diagonal
            && !double.IsFinite(Core.Evaluation.Evaluator.Evaluate(diagonal, new Dictionary<Core.Expressions.Symbol, double>())))
            throw new UserError($"--normalize: the raw diagonal {KernelOptions.Name(kind)}(x, x) = {diagonal} overflows double precision " +
                                "at this depth, so the normalised closed form would print garbage; use a smaller depth or alpha");
        if (closedForm is not null)
        {
            KernelFunctions.Evaluate(closedForm, derivation.Variable, points.ToArray(), result);
            return result;
        }
        if (kind == KernelKind.Ntk && normalize && derivation.HasClosedForm)
            throw new UserError("--normalize: the NTK of this architecture is identically 0 (no trained layer), so it cannot be normalised");
        for (int i = 0; i < points.Count; i++) result[i] = derivation.EvaluateNumeric(points[i]).Select(kind, normalize);
        return result;
    }
}
