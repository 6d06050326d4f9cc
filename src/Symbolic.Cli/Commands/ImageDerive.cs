using Symbolic.Cli.Output;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;
using Symbolic.Kernels;
using Symbolic.Kernels.Images;
using Symbolic.Kernels.Layers;
using Symbolic.Text.Printing;

namespace Symbolic.Cli.Commands;

/// <summary>
/// <c>symbolic derive --arch CONV --pixels d [--grid H,W]</c>: the symbolic Eq path (conv-dense.md §1.2, §2.2–2.3) — the
/// kernel of an eq- or flatten-headed convolutional architecture as one expression in t_0 … t_(d−1), t_m = ⟨x_m, z_m⟩ for
/// unit pixels (2-D: m = r·W + c), with the exact diagonals K(x, x), Θ(x, x). GAP heads depend on every ⟨x_i, z_j⟩ and have
/// no form in the t_m: refused with a message. JSON: <c>{"arch", "description", "kernel", "normalized", "pixels", "grid",
/// "variables", "convention", "nngp"|"ntk": {"nodes", "text", "latex", "diagonal"}}</c>.
/// </summary>
public static class ImageDerive
{
    private static readonly TextOptions s_text = new() { NamePrefix = "u" };
    private static readonly LatexOptions s_latex = new() { NamePrefix = "u" };

    /// <summary>The convention line printed with every image derivation.</summary>
    public const string Convention = "unit pixels (images on MS(C0, d)), t_m = <x_m, z_m> for pixel m; the kernel does not depend on C0";

    /// <summary>Derives and prints the Eq kernel.</summary>
    public static int Run(TextWriter output, Layer architecture, string spec, string description, string kernelWord, bool normalize,
        int? pixels, string? grid, bool full, OutputFormat format)
    {
        var shape = ImageOptions.ShapeFromOptions(pixels, grid);
        if (ImageKernelEvaluator.NeedsFullTensor(architecture))
            throw new UserError($"--arch: '{spec}' has a gap head: its kernel averages K over every pixel pair (x_i, z_j), so it has no symbolic form " +
                                "in t_0…t_(d-1); use 'symbolic eval --x … --z …' or 'gram' for values, or head=eq|vec for a closed form");
        ImageKernelDerivation derivation;
        try
        {
            derivation = ImageKernelDerivation.Derive(architecture, shape);
        }
        catch (ArchitectureException e)
        {
            throw new UserError($"--arch: {e.Message}");
        }
        var kinds = KernelOptions.Kinds(kernelWord);
        var closed = kinds.Select(k => (Kind: k, Expr: DeriveCommand.Display(derivation.Kernel(k, normalize), full))).ToList();
        bool printClosed = full || closed.All(c => c.Expr is null || DagWalk.CountUnique(c.Expr) <= DeriveCommand.ClosedFormNodeLimit);
        var diagonals = kinds.ToDictionary(k => k, k => k == KernelKind.Nngp ? derivation.Final.Var1 : derivation.Final.NtkVar1);
        string variables = $"t_0, …, t_{shape.Pixels - 1}";
        string? gridName = shape.Rank == 2 ? shape.ToString() : null;
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("arch", spec);
                    w.WriteString("description", description);
                    w.WriteString("kernel", kernelWord);
                    w.WriteBoolean("normalized", normalize);
                    w.WriteNumber("pixels", shape.Pixels);
                    if (gridName is null) w.WriteNull("grid");
                    else w.WriteString("grid", gridName);
                    w.WriteStartArray("variables");
                    foreach (var v in derivation.Variables) w.WriteStringValue(v.Name);
                    w.WriteEndArray();
                    w.WriteString("convention", Convention);
                    foreach (var (kind, e) in closed) DeriveCommand.WriteClosedForm(w, kind, e, printClosed, diagonals[kind]);
                    w.WriteEndObject();
                }));
                break;
            case OutputFormat.Latex:
                output.WriteLine($"% symbolic derive: {description}");
                output.WriteLine($"% {Convention}");
                if (!printClosed) break;
                var latexDefinitions = closed.Where(c => c.Expr is not null).Select(c => (Name(c.Kind, normalize, true, variables), c.Expr!)).ToList();
                if (latexDefinitions.Count == 0) break;
                output.WriteLine(@"\[");
                output.WriteLine(LatexPrinter.PrintDefinitions(latexDefinitions, s_latex));
                output.WriteLine(@"\]");
                break;
            default:
                output.WriteLine($"Architecture: {description}");
                output.WriteLine($"Eq kernel on {(gridName is null ? $"{shape.Pixels} pixels" : $"a {gridName} grid (pixel m = r*{shape.Width} + c)")}: {Convention}.");
                output.WriteLine(normalize ? "Closed form (normalised, K(x,x) = 1):" : "Closed form:");
                if (!printClosed)
                    foreach (var (kind, e) in closed.Where(c => c.Expr is not null))
                        output.WriteLine($"  {Name(kind, normalize, false, variables)}: {DagWalk.CountUnique(e!)} unique nodes (pass --full to print it)");
                else
                {
                    var definitions = closed.Where(c => c.Expr is not null).Select(c => (Name(c.Kind, normalize, false, variables), c.Expr!)).ToList();
                    foreach (var line in TextPrinter.PrintDefinitions(definitions, s_text).Split('\n')) output.WriteLine("  " + line.TrimEnd('\r'));
                }
                foreach (var c in closed.Where(c => c.Expr is null))
                    output.WriteLine($"  {Name(c.Kind, normalize, false, variables)}: identically 0 before normalisation (no trained layer)");
                output.WriteLine();
                foreach (var kind in kinds)
                    output.WriteLine($"  {(kind == KernelKind.Nngp ? "K(x,x)" : "Theta(x,x)")} = {diagonals[kind].ToText()}");
                break;
        }
        return ExitCodes.Ok;
    }

    private static string Name(KernelKind kind, bool normalize, bool latex, string variables) => (kind, latex) switch
    {
        (KernelKind.Nngp, false) => (normalize ? "Kbar" : "K") + $"({variables})",
        (KernelKind.Ntk, false) => (normalize ? "Thetabar" : "Theta") + $"({variables})",
        (KernelKind.Nngp, true) => (normalize ? @"\bar{K}" : "K") + $"(t_0, \\dots, t_{{{variables.Split('_')[^1]}}})",
        _ => (normalize ? @"\bar{\Theta}" : @"\Theta") + $"(t_0, \\dots, t_{{{variables.Split('_')[^1]}}})",
    };
}
