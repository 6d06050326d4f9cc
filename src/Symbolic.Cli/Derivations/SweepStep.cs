using System.Globalization;

namespace Symbolic.Cli.Derivations;

/// <summary>
/// <c>do = "sweep"</c>: the same kernel at several depths. <c>arch</c> contains <c>{L}</c>, replaced by each value of
/// <c>L = [...]</c>. Records <c>{id}_L{L}</c> = K_L(<c>at</c>); with <c>reference</c> (an expression in t) also
/// <c>{id}_L{L}_err</c> = |K_L(at) − reference(at)| and <c>{id}_rate</c>, the log–log slope of the error between the
/// last two depths; with <c>expand = true</c> (for L ≤ <c>expand_upto</c>: exact series of deep kernels with
/// small rational α are slow) also <c>{id}_L{L}_ceff</c> = |c₁|/√2, the effective Laplace constant of
/// K_L near t = 1 (fc-resnet.md §5.2 T4). <c>plot = "title"</c> draws K_L against the angle for every L.
/// </summary>
public static class SweepStep
{
    /// <summary>Runs the step.</summary>
    public static void Run(StepSpec step, DerivationContext context)
    {
        var o = step.Options;
        var template = o.String("arch");
        if (!template.Contains("{L}", StringComparison.Ordinal)) throw new UserError($"{o.File}:{o.Line}: a sweep's arch must contain {{L}}");
        var depths = o.Numbers("L").Select(v => v == Math.Round(v) && v >= 1 && v <= 10_000 ? (int)v
            : throw new UserError($"{o.File}:{o.Line}: L values must be integers in [1, 10000]")).ToList();
        if (depths.Count == 0) throw new UserError($"{o.File}:{o.Line}: a sweep needs L = [...]");
        var at = o.Number("at", 0.5);
        var referenceText = o.OptionalString("reference");
        var reference = referenceText is null ? null : DeriveStep.Reference(referenceText, o);
        var expand = o.Boolean("expand", false);
        var expandUpTo = o.Integer("expand_upto", 10_000, 1, 10_000);
        var plotTitle = o.OptionalString("plot");
        var referenceLabel = o.OptionalString("reference_label") ?? "reference";
        var sources = depths.Select(L => KernelSource.From(o, template.Replace("{L}", L.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))).ToList();
        o.RejectUnusedKeys($"step '{step.Id}'");

        var section = context.Section(step.Title);
        section.Paragraph($"Kernel: {sources[0].Label.Replace(depths[0].ToString(CultureInfo.InvariantCulture), "L", StringComparison.Ordinal)}, " +
                          $"for L in {{{string.Join(", ", depths)}}}; values at t = {DerivationContext.Format(at)}.");
        var headers = new List<string> { "L", $"K_L({DerivationContext.Format(at)})" };
        if (reference is not null) headers.Add("|K_L − reference|");
        if (expand) headers.AddRange(["ν", "c₁", "c₋₁", "c_eff = |c₁|/√2"]);
        var rows = new List<IReadOnlyList<string>>();
        var errors = new List<double>();
        for (var i = 0; i < depths.Count; i++)
        {
            var L = depths[i];
            var value = sources[i].Function(at);
            context.Record($"{step.Id}_L{L}", value);
            var row = new List<string> { L.ToString(CultureInfo.InvariantCulture), DerivationContext.Format(value) };
            if (reference is not null)
            {
                var error = Math.Abs(value - reference(at));
                errors.Add(error);
                context.Record($"{step.Id}_L{L}_err", error);
                row.Add(DerivationContext.Format(error));
            }
            if (expand && L > expandUpTo)
            {
                row.AddRange(["", "", "", $"not expanded (L > {expandUpTo})"]);
            }
            else if (expand)
            {
                (Core.Numbers.Rational Nu, Core.Expressions.Expr C1, Core.Expressions.Expr CMinus1)? found;
                try
                {
                    found = sources[i].Singularity();
                }
                catch (ArgumentException e)
                {
                    // The series expander rejects some deep compositions; report it instead of guessing a value.
                    row.AddRange(["n/a", "n/a", "n/a", $"expansion failed: {e.Message.Split(" (Parameter", 2)[0]}"]);
                    rows.Add(row);
                    continue;
                }
                var singular = found ?? throw new UserError($"step '{step.Id}': the kernel at L = {L} has no singular end-point term");
                var c1 = KernelSource.Value(singular.C1);
                context.Record($"{step.Id}_L{L}_ceff", Math.Abs(c1) / Math.Sqrt(2));
                row.AddRange([singular.Nu.ToString(), DerivationContext.Format(c1), DerivationContext.Format(KernelSource.Value(singular.CMinus1)),
                              DerivationContext.Format(Math.Abs(c1) / Math.Sqrt(2))]);
            }
            rows.Add(row);
        }
        section.Table(headers, rows);
        if (reference is not null && depths.Count >= 2)
        {
            var (l1, l2) = (depths[^2], depths[^1]);
            var rate = Math.Log(errors[^1] / errors[^2]) / Math.Log((double)l2 / l1);
            context.Record($"{step.Id}_rate", rate);
            section.Paragraph($"Reference: {referenceLabel}, K(t) = {referenceText}. Log–log slope of the error between L = {l1} and L = {l2}: " +
                              $"{DerivationContext.Format(rate)}.");
        }
        if (plotTitle is not null)
        {
            var file = $"{step.Id}.png";
            var curves = depths.Select((L, i) => ($"L = {L}", sources[i].Function)).ToList();
            ProfilePlot.Save(context.FigurePath(file), plotTitle, curves, reference is null ? null : (referenceLabel, reference));
            section.Figure(file, plotTitle);
        }
    }
}
