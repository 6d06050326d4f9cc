using System.Globalization;
using System.Text.Json;
using Symbolic.Cli.Output;
using Symbolic.Core.Evaluation;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Layers;
using Symbolic.Kernels.Presets;
using Symbolic.Spectral.MultiSphere;

namespace Symbolic.Cli.Commands;

/// <summary>
/// <c>symbolic spectrum --arch "rescnn(…)|cnn(…)" --channels C0 --pixels d [--kmax K] [--kernel nngp|ntk]</c>: eigenvalues of
/// the normalised conv kernel on MS(C0, d) for product harmonics (conv-dense.md §2.5–§2.8) through Spectral's
/// <see cref="MultiSphereAnalysis"/>: per frequency vector k, λ_k, its error, multiplicity, the smallest window containing
/// supp(k) and the predicted decay exponent |W|(C0−1) + 2s, and the GAP/vec eigenvalue (1/d)Σ_s λ_(τ_s k); the §2.7
/// locality ratios; λ₀ and the large-n condition 1 + n·λ₀/(1−λ₀). For C0 = 2 the Eq kernel is the kernel layer's
/// <see cref="ImageKernelEvaluator"/> (torus cosine transform); other C0 use the power series of Spectral's own recursion.
/// </summary>
public static class ImageSpectrum
{
    /// <summary>What the spectral analysis supports, for error messages.</summary>
    public const string Supported = "supported: rescnn(blocks=L, alpha=a, q=odd, q0=1, qv=1, head=eq|gap|vec, train=all|blocks) with skips, " +
                                    "and cnn(layers=L, q=odd, q0=1, head=eq|gap|vec, train=all|blocks), on 1-D images (no --grid)";

    /// <summary>Computes and prints the spectrum.</summary>
    public static int Run(TextWriter output, Layer architecture, string spec, KernelKind kind, int? channelsGiven, int? pixels, int kmax,
        int points, OutputFormat format)
    {
        int channels = ImageOptions.RequireChannels(channelsGiven, spec);
        if (pixels is null) throw new UserError($"--pixels: give the pixels per image with --pixels d (d in [1, {ImageOptions.MaxPixels}])");
        if (points < 1) throw new UserError($"--points: {points} is outside the accepted range [1, ∞) (n in the predicted condition number)");
        var (net, head) = Canonical(architecture, spec, kind, pixels.Value);
        if (MultiSphereAnalysis.Check(net, channels, kmax) is { } problem) throw new UserError(problem);
        var eq = channels == 2 ? EqKernel(architecture, net.Pixels, kind) : null;
        var report = MultiSphereAnalysis.Analyse(net, channels, kmax, eq);
        bool averaged = head != ConvHead.Eq;
        if (format == OutputFormat.Json)
        {
            var element = JsonSerializer.SerializeToElement(report);
            output.Write(Json.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("arch", spec);
                w.WriteString("head", ConvHeadName(head));
                w.WriteString("head_eigenvalue", averaged ? "gap" : "lambda");
                w.WriteNumber("kmax", kmax);
                w.WriteString("evaluator", eq is null ? "Spectral power series of the canonical recursion" : "Kernels image evaluator (Eq head)");
                foreach (var property in element.EnumerateObject()) property.WriteTo(w);
                w.WriteNumber("points", points);
                w.Number("predicted_cond", report.PredictedCondition(points));
                w.WriteEndObject();
            }));
            return ExitCodes.Ok;
        }
        output.WriteLine($"{spec}: {report.Kernel} (normalised) on MS({channels}, {net.Pixels}); {report.Method}.");
        output.WriteLine($"Product harmonics Y_k; lambda = Eq eigenvalue, gap = (1/d)·sum_s lambda(shift_s k), the eigenvalue of the " +
                         $"{ConvHeadName(head)} head{(averaged ? " (this architecture)" : "")}; predicted decay |k|^-(|W|(C0-1) + 2s) with s = {F(net.EndPointExponent)}.");
        output.WriteLine($"{"k",-16}{"lambda",-14}{"error",-11}{"mult",-8}{"gap",-14}{"window",-8}{"exponent",-10}zero");
        output.WriteLine("(rows with |k|_1 <= 2 and single-pixel frequencies; --format json lists every k in {0..K}^d)");
        foreach (var row in report.Rows.Where(r => r.Frequency.Sum() <= 2 || r.Frequency.Count(k => k != 0) == 1))
            output.WriteLine($"{"(" + string.Join(",", row.Frequency) + ")",-16}{F(row.Lambda),-14}{row.Error.ToString("G2", CultureInfo.InvariantCulture),-11}" +
                             $"{F(row.Multiplicity),-8}{F(row.Gap),-14}{(row.WindowSize?.ToString(CultureInfo.InvariantCulture) ?? "-"),-8}" +
                             $"{(row.PredictedExponent is { } e ? F(e) : "-"),-10}{(row.PredictedZero ? "yes" : "")}");
        foreach (var ratio in report.Locality)
            output.WriteLine($"locality {ratio.Name}: {F(ratio.Value)}");
        output.WriteLine($"lambda0 = {F(report.ConstantEigenvalue)} (k = 0), truncated trace {F(report.TruncatedTrace)}; " +
                         $"predicted condition for n = {points} points 1 + n*lambda0/(1 - lambda0) = {F(report.PredictedCondition(points))}.");
        return ExitCodes.Ok;
    }

    /// <summary>The canonical net of a rescnn/cnn preset (q₀ = q_v = 1, with skips) and its head, or a user error naming what is supported.</summary>
    public static (CanonicalConvNet Net, ConvHead Head) Canonical(Layer architecture, string spec, KernelKind kind, int pixels)
    {
        var convKind = kind == KernelKind.Nngp ? ConvKernelKind.Gp : ConvKernelKind.Ntk;
        switch (architecture)
        {
            case ResCnn r when r.Skip && r.EmbeddingFilter == 1 && r.BranchFilter == 1:
                double alpha = Evaluator.Evaluate(r.Alpha, new Dictionary<Core.Expressions.Symbol, double>());
                return (new CanonicalConvNet(true, convKind, pixels, r.Filter, r.Blocks, alpha, r.TrainAll, r.TrainAll), r.Head);
            case Cnn c when c.EmbeddingFilter == 1:
                return (new CanonicalConvNet(false, convKind, pixels, c.Filter, c.Layers, 1, c.TrainAll, c.TrainAll), c.Head);
            default:
                throw new UserError($"--arch: the multi-sphere spectrum has no route for '{spec}'; {Supported}");
        }
    }

    /// <summary>
    /// The Eq kernel of the kernel layer as an <see cref="EqKernelBatch"/> on MS(2, d): for cosines t, x has every pixel (1, 0)
    /// and z pixel i = (tᵢ, √(1 − tᵢ²)), so ⟨xᵢ, zᵢ⟩ = tᵢ; values normalised by √(K(x, x)K(z, z)). A gap/vec head is replaced by eq.
    /// </summary>
    public static EqKernelBatch EqKernel(Layer architecture, int pixels, KernelKind kind)
    {
        var eqArchitecture = architecture switch
        {
            ResCnn r => r with { Head = ConvHead.Eq },
            Cnn c => c with { Head = ConvHead.Eq },
            _ => architecture,
        };
        var shape = ImageShape.Line(pixels);
        var evaluator = ImageOptions.Evaluator(eqArchitecture, shape, 2, kind);
        var ones = new double[2 * pixels];
        for (int i = 0; i < pixels; i++) ones[2 * i] = 1;
        var x = ImagePoints.Create(shape, 2, ones);
        var xDiagonal = evaluator.Diagonal(x, kind);
        return (cosines, values) =>
        {
            var data = new double[2 * cosines.Length];
            for (int m = 0; m < cosines.Length; m++)
            {
                double t = Math.Clamp(cosines[m], -1, 1);
                (data[2 * m], data[2 * m + 1]) = (t, Math.Sqrt(1 - t * t));
            }
            var z = ImagePoints.Create(shape, 2, data);
            evaluator.Gram(x, 0, 1, z, 0, z.Count, kind, values, xDiagonal, evaluator.Diagonal(z, kind));
        };
    }

    private static string ConvHeadName(ConvHead head) => head switch { ConvHead.Eq => "eq", ConvHead.Gap => "gap", _ => "vec" };

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
