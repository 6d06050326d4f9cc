using System.Text;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;
using Symbolic.Kernels;
using Symbolic.Kernels.Derivation;
using Symbolic.Text;
using Symbolic.Text.Printing;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// <c>do = "derive"</c>: derives one kernel and records <c>{id}_one</c> (K(1)), <c>{id}_nodes</c> (unique DAG nodes
/// of the closed form), <c>{id}_t{x}</c> for each <c>at</c> point, and with <c>reference = "expr in t"</c>
/// <c>{id}_refdiff</c> = max over 401 angles θ ∈ [0, π] of |K(cos θ) − reference(cos θ)|. Options <c>recursion = true</c>
/// and <c>closed_form = true</c> put the layer recursion and the closed form (LaTeX) in the report.
/// </summary>
public static class DeriveStep
{
    private static readonly LatexOptions s_latex = new() { NamePrefix = "u" };
    private static readonly LatexOptions s_stepLatex = new() { NamePrefix = "u", ShareThreshold = int.MaxValue, MaxInlineDepth = PrintOptions.MaxInlineDepthLimit };

    /// <summary>Runs the step.</summary>
    public static void Run(StepSpec step, DerivationContext context)
    {
        var o = step.Options;
        var source = KernelSource.From(o);
        var points = o.Numbers("at");
        var referenceText = o.OptionalString("reference");
        var showRecursion = o.Boolean("recursion", false);
        var showClosed = o.Boolean("closed_form", false);
        o.RejectUnusedKeys($"step '{step.Id}'");
        var section = context.Section(step.Title);
        section.Paragraph($"Kernel: {source.Label}.");
        if (showRecursion && source.Derivation is { } d) section.Formula(Recursion(d));
        if (source.ClosedForm is { } closed)
        {
            var nodes = DagWalk.CountUnique(closed);
            context.Record($"{step.Id}_nodes", nodes);
            section.Paragraph($"The closed form is a DAG of {nodes} unique nodes.");
            if (showClosed) section.Formula(LatexPrinter.PrintDefinitions([("K(t)", GuardFree(closed))], s_latex));
        }
        var one = source.Function(1);
        context.Record($"{step.Id}_one", one);
        var rows = new List<IReadOnlyList<string>> { new[] { "1", DerivationContext.Format(one) } };
        foreach (var t in points)
        {
            var value = source.Function(t);
            context.Record($"{step.Id}_t{DerivationContext.NamePart(t)}", value);
            rows.Add([DerivationContext.Format(t), DerivationContext.Format(value)]);
        }
        section.Table(["t", "K(t)"], rows);
        if (referenceText is not null)
        {
            var reference = Reference(referenceText, o);
            var worst = 0.0;
            for (var i = 0; i <= 400; i++)
            {
                var t = Math.Cos(Math.PI * i / 400);
                worst = Math.Max(worst, Math.Abs(source.Function(t) - reference(t)));
            }
            context.Record($"{step.Id}_refdiff", worst);
            section.Paragraph($"Reference K(t) = {referenceText}; largest difference over 401 angles: {DerivationContext.Format(worst)}.");
        }
    }

    /// <summary>Parses a reference expression in t into a function (a user error when it has other symbols).</summary>
    public static Func<double, double> Reference(string text, TomlTable options)
    {
        var parsed = ExprParser.Parse(text);
        if (parsed.Value is null)
            throw new UserError($"{options.File}:{options.Line}: reference: {string.Join("; ", parsed.Diagnostics.Select(x => x.ToString()))}");
        var t = Symbol.Of("t");
        if (DagWalk.Symbols(parsed.Value).FirstOrDefault(s => !ReferenceEquals(s, t)) is { } other)
            throw new UserError($"{options.File}:{options.Line}: reference may use only t, not '{other.Name}'");
        var e = parsed.Value;
        return x => Evaluator.Evaluate(e, t, x);
    }

    private static Expr GuardFree(Expr e) => Kernels.Activations.GaussianPair.WithoutGuards(e);

    private static string Recursion(KernelDerivation d)
    {
        var sb = new StringBuilder(@"\begin{aligned}").Append('\n');
        foreach (var s in d.Steps)
        {
            sb.Append(s.NngpSymbol.ToLatex()).Append(" &= ").Append(s.Nngp.ToLatex(s_stepLatex)).Append(@" \\").Append('\n');
            sb.Append(s.NtkSymbol.ToLatex()).Append(" &= ").Append(s.Ntk.ToLatex(s_stepLatex)).Append(@" \\").Append('\n');
        }
        return sb.Append(@"\end{aligned}").ToString();
    }
}
