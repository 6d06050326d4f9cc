using System.Text.Json;
using System.CommandLine;
using System.Text;
using Symbolic.Cli.Output;
using Symbolic.Core.Expressions;
using Symbolic.Core.Rewriting;
using Symbolic.Core.Traversal;
using Symbolic.Kernels;
using Symbolic.Kernels.Activations;
using Symbolic.Kernels.Derivation;
using Symbolic.Text.Printing;

namespace Symbolic.Cli.Commands;

/// <summary><c>symbolic derive --arch SPEC</c>: the kernel recursion layer by layer, then — when small enough — the
/// closed form as one expression (shared subterms named), with the exact diagonal values.</summary>
public static class DeriveCommand
{
    /// <summary>Closed forms with more unique nodes than this are summarised unless <c>--full</c> is given.</summary>
    public const int ClosedFormNodeLimit = 2000;

    /// <summary>Closed forms up to this many unique nodes are simplified for display.</summary>
    public const int SimplifyNodeLimit = 400;

    private static readonly TextOptions s_text = new() { NamePrefix = "u" };
    private static readonly LatexOptions s_latex = new() { NamePrefix = "u" };
    private static readonly TextOptions s_stepText = new() { NamePrefix = "u", ShareThreshold = int.MaxValue, MaxInlineDepth = PrintOptions.MaxInlineDepthLimit };
    private static readonly LatexOptions s_stepLatex = new() { NamePrefix = "u", ShareThreshold = int.MaxValue, MaxInlineDepth = PrintOptions.MaxInlineDepthLimit };

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var arch = KernelOptions.Arch();
        var kernel = KernelOptions.Kernel("both");
        var normalize = KernelOptions.Normalize();
        var full = new Option<bool>("--full") { Description = $"Print the closed form even when it has more than {ClosedFormNodeLimit} unique nodes." };
        var pixels = ImageOptions.Pixels();
        var grid = ImageOptions.Grid();
        var format = CommonOptions.Format();
        var command = new Command("derive", "Derive the NNGP/NTK recursion of an architecture and its closed form; for convolutional " +
            "architectures with --pixels d (or --grid H,W) the Eq kernel in t_0 … t_(d-1), t_m = <x_m, z_m> (unit pixels).\n\n" + Conventions.Text)
        {
            arch, kernel, normalize, full, pixels, grid, format,
        };
        command.SetAction(r =>
        {
            var output = r.InvocationConfiguration.Output;
            var (spec, kernelWord, norm, all, fmt) = (r.GetValue(arch)!, r.GetValue(kernel)!, r.GetValue(normalize), r.GetValue(full), CommonOptions.ParseFormat(r.GetValue(format)));
            if (r.GetValue(pixels) is null && r.GetValue(grid) is null) return Run(output, spec, kernelWord, norm, all, fmt);
            var (layer, description) = KernelOptions.Parse(spec);
            if (!ImageOptions.IsImage(layer))
                ImageOptions.RefuseForFullyConnected(spec, ("--pixels", r.GetValue(pixels) is not null), ("--grid", r.GetValue(grid) is not null));
            return ImageDerive.Run(output, layer, spec, description, kernelWord, norm, r.GetValue(pixels), r.GetValue(grid), all, fmt);
        });
        return command;
    }

    /// <summary>Runs the derivation and prints it.</summary>
    public static int Run(TextWriter output, string spec, string kernelWord, bool normalize, bool full, OutputFormat format)
    {
        var (derivation, description) = KernelOptions.Derive(spec);
        var kinds = KernelOptions.Kinds(kernelWord);
        var closed = kinds.Select(k => (Kind: k, Expr: Display(derivation.Kernel(k, normalize), full))).ToList();
        bool printClosed = full || closed.All(c => c.Expr is null || DagWalk.CountUnique(c.Expr) <= ClosedFormNodeLimit);
        switch (format)
        {
            case OutputFormat.Json: WriteJson(output, spec, description, kernelWord, normalize, derivation, kinds, closed, printClosed); break;
            case OutputFormat.Latex: WriteLatex(output, description, derivation, kinds, normalize, closed, printClosed); break;
            default: WriteText(output, description, derivation, kinds, normalize, closed, printClosed); break;
        }
        return ExitCodes.Ok;
    }

    /// <summary>The closed form as shown: range guards removed (ρ ≤ 1 holds exactly), and simplified when it is small
    /// and simplification does not make it larger (expansion can multiply the terms of a deep composition); a form of
    /// more than twice <see cref="ClosedFormNodeLimit"/> nodes stays guarded unless <paramref name="full"/>.</summary>
    internal static Expr? Display(Expr? e, bool full)
    {
        if (e is null) return null;
        // The guards keep each skip-connection sum one shared node; stripping them lets the canonical sums flatten
        // x + f(x) recursions into O(L²) terms (resnet(blocks=1000): 16 s and 1 GB). A form too large to print is
        // therefore summarised as it is evaluated, guards included, unless --full asks for it. (Stripping removes nodes
        // too, 2197 → 1200 at resnet(blocks=100), hence the margin.)
        if (!full && DagWalk.CountUnique(e) > 2 * ClosedFormNodeLimit) return e;
        var shown = GaussianPair.WithoutGuards(e);
        int size = DagWalk.CountUnique(shown);
        if (size > SimplifyNodeLimit) return shown;
        var simplified = Simplifier.Simplify(shown).Result;
        return DagWalk.CountUnique(simplified) <= size ? simplified : shown;
    }

    private static string Symbol(KernelKind kind, bool normalize, bool latex) => (kind, latex) switch
    {
        (KernelKind.Nngp, false) => normalize ? "Kbar(t)" : "K(t)",
        (KernelKind.Ntk, false) => normalize ? "Thetabar(t)" : "Theta(t)",
        (KernelKind.Nngp, true) => normalize ? @"\bar{K}(t)" : "K(t)",
        _ => normalize ? @"\bar{\Theta}(t)" : @"\Theta(t)",
    };

    private static void WriteText(TextWriter o, string description, KernelDerivation d, KernelKind[] kinds, bool normalize,
        List<(KernelKind Kind, Expr? Expr)> closed, bool printClosed)
    {
        o.WriteLine($"Architecture: {description}");
        o.WriteLine("Kernels of t = <x, z> on the unit sphere (symbolic --help derive states the conventions).");
        if (ImageOptions.IsImage(d.Architecture))
            o.WriteLine("Convolutional: this is the collinear reduction (every pixel of x equal, every pixel of z equal; conv-dense.md §2.2); " +
                        "--pixels d gives the kernel in t_0 … t_(d-1).");
        o.WriteLine();
        o.WriteLine("Recursion (Sigma_i, Theta_i: NNGP and NTK after step i; diagonals exact):");
        foreach (var step in d.Steps)
        {
            o.WriteLine($"  {step.Index}. {step.Label}");
            if (kinds.Contains(KernelKind.Nngp))
                o.WriteLine($"     {step.NngpSymbol.Name} = {step.Nngp.ToText(s_stepText)}    [{step.NngpSymbol.Name}(1) = {step.NngpDiagonal.ToText()}]");
            if (kinds.Contains(KernelKind.Ntk))
                o.WriteLine($"     {step.NtkSymbol.Name} = {step.Ntk.ToText(s_stepText)}    [{step.NtkSymbol.Name}(1) = {step.NtkDiagonal.ToText()}]");
        }
        o.WriteLine();
        if (!d.HasClosedForm)
        {
            o.WriteLine($"Closed form: {d.NoClosedFormReason}. 'symbolic eval' uses the numeric layer path.");
            return;
        }
        o.WriteLine(normalize ? "Closed form (normalised, K(x,x) = 1):" : "Closed form:");
        if (!printClosed)
        {
            foreach (var (kind, e) in closed)
                o.WriteLine($"  {Symbol(kind, normalize, false)}: {DagWalk.CountUnique(e!)} unique nodes (pass --full to print it)");
        }
        else
        {
            var definitions = closed.Where(c => c.Expr is not null).Select(c => (Symbol(c.Kind, normalize, false), c.Expr!)).ToList();
            foreach (var line in TextPrinter.PrintDefinitions(definitions, s_text).Split('\n')) o.WriteLine("  " + line.TrimEnd('\r'));
            foreach (var c in closed.Where(c => c.Expr is null))
                o.WriteLine($"  {Symbol(c.Kind, normalize, false)}: identically 0 before normalisation (no trained layer)");
        }
        o.WriteLine();
        if (kinds.Contains(KernelKind.Nngp)) o.WriteLine($"  K(1) = {d.NngpDiagonal!.ToText()}");
        if (kinds.Contains(KernelKind.Ntk)) o.WriteLine($"  Theta(1) = {d.NtkDiagonal!.ToText()}");
    }

    private static void WriteLatex(TextWriter o, string description, KernelDerivation d, KernelKind[] kinds, bool normalize,
        List<(KernelKind Kind, Expr? Expr)> closed, bool printClosed)
    {
        o.WriteLine($"% symbolic derive: {description}");
        var steps = new StringBuilder(@"\begin{aligned}").Append('\n');
        foreach (var step in d.Steps)
        {
            if (kinds.Contains(KernelKind.Nngp))
                steps.Append(step.NngpSymbol.ToLatex()).Append(" &= ").Append(step.Nngp.ToLatex(s_stepLatex)).Append(@" \\").Append('\n');
            if (kinds.Contains(KernelKind.Ntk))
                steps.Append(step.NtkSymbol.ToLatex()).Append(" &= ").Append(step.Ntk.ToLatex(s_stepLatex)).Append(@" \\").Append('\n');
        }
        steps.Append(@"\end{aligned}");
        o.WriteLine(@"\[");
        o.WriteLine(steps.ToString());
        o.WriteLine(@"\]");
        if (!d.HasClosedForm || !printClosed) return;
        var definitions = closed.Where(c => c.Expr is not null).Select(c => (Symbol(c.Kind, normalize, true), c.Expr!)).ToList();
        if (definitions.Count == 0) return;
        o.WriteLine(@"\[");
        o.WriteLine(LatexPrinter.PrintDefinitions(definitions, s_latex));
        o.WriteLine(@"\]");
    }

    private static void WriteJson(TextWriter o, string spec, string description, string kernelWord, bool normalize, KernelDerivation d,
        KernelKind[] kinds, List<(KernelKind Kind, Expr? Expr)> closed, bool printClosed) =>
        o.Write(Json.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("arch", spec);
            w.WriteString("description", description);
            w.WriteString("kernel", kernelWord);
            w.WriteBoolean("normalized", normalize);
            w.WriteBoolean("closed_form", d.HasClosedForm);
            if (d.NoClosedFormReason is { } reason) w.WriteString("reason", reason);
            w.WriteStartArray("steps");
            foreach (var step in d.Steps)
            {
                w.WriteStartObject();
                w.WriteNumber("index", step.Index);
                w.WriteString("layer", step.Label);
                foreach (var kind in kinds)
                {
                    var (formula, diagonal) = kind == KernelKind.Nngp ? (step.Nngp, step.NngpDiagonal) : (step.Ntk, step.NtkDiagonal);
                    w.WriteString(KernelOptions.Name(kind), formula.ToText(s_stepText));
                    w.WriteString(KernelOptions.Name(kind) + "_latex", formula.ToLatex(s_stepLatex));
                    w.WriteString(KernelOptions.Name(kind) + "_diagonal", diagonal.ToText());
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            foreach (var (kind, e) in closed)
                WriteClosedForm(w, kind, e, printClosed, kind == KernelKind.Nngp ? d.NngpDiagonal : d.NtkDiagonal);
            w.WriteEndObject();
        }));

    /// <summary>The JSON object of one kernel's closed form: <c>{"nodes", "text", "latex", "diagonal"}</c> (text and LaTeX
    /// only when <paramref name="printClosed"/>); shared by the vector and image paths of <c>derive</c>.</summary>
    internal static void WriteClosedForm(Utf8JsonWriter w, KernelKind kind, Expr? e, bool printClosed, Expr? diagonal)
    {
        w.WriteStartObject(KernelOptions.Name(kind));
        if (e is not null)
        {
            w.WriteNumber("nodes", DagWalk.CountUnique(e));
            if (printClosed)
            {
                w.WriteString("text", e.ToText(s_text));
                w.WriteString("latex", e.ToLatex(s_latex));
            }
        }
        if (diagonal is not null) w.WriteString("diagonal", diagonal.ToText());
        w.WriteEndObject();
    }
}
