using System.Globalization;
using Symbolic.Cli.Bench;
using Symbolic.Cli.Output;
using Symbolic.Kernels;

namespace Symbolic.Cli.Commands;

/// <summary>Prints the depth study of <see cref="ConditionCommand"/> (conv-dense.md §2.8) as a table or JSON.</summary>
public static class ConditionReport
{
    /// <summary>Writes the rows and, with two templates, the measured winner per depth.</summary>
    public static void Write(TextWriter output, OutputFormat format, string template, string? compare, KernelKind kind, int n, string points,
        IReadOnlyList<(string Role, ConditionStudy.Row Row)> rows, IReadOnlyList<int> depths)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(depths);
        var comparisons = compare is null ? [] : depths.Select(depth =>
        {
            var a = rows.Single(r => r.Role == "template" && r.Row.Depth == depth).Row;
            var b = rows.Single(r => r.Role == "compare" && r.Row.Depth == depth).Row;
            return (Depth: depth, Cond: Better(a.Spectrum.ResolvableCondition, b.Spectrum.ResolvableCondition),
                    DoubleConstant: Better(a.DoubleConstantCond, b.DoubleConstantCond));
        }).ToList();
        if (format == OutputFormat.Json)
        {
            output.Write(Json.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("template", template);
                if (compare is null) w.WriteNull("compare");
                else w.WriteString("compare", compare);
                w.WriteString("kernel", KernelOptions.Name(kind));
                w.WriteBoolean("normalized", true);
                w.WriteNumber("n", n);
                w.WriteString("points", points);
                w.WriteStartArray("rows");
                foreach (var (role, row) in rows)
                {
                    w.WriteStartObject();
                    w.WriteString("arch", role);
                    w.WriteNumber("depth", row.Depth);
                    w.WriteString("spec", row.Spec);
                    w.Number("cond", row.Spectrum.Condition);
                    w.Number("lambda_min", row.Spectrum.Eigenvalues[0]);
                    w.Number("lambda_max", row.Spectrum.Eigenvalues[^1]);
                    w.Number("lambda0", row.Lambda0);
                    w.Number("double_constant_cond", row.DoubleConstantCond);
                    w.Number("resolvable_cond", row.Spectrum.ResolvableCondition);
                    w.WriteBoolean("below_round_off", row.Spectrum.BelowRoundOff);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("comparisons");
                foreach (var c in comparisons)
                {
                    w.WriteStartObject();
                    w.WriteNumber("depth", c.Depth);
                    w.WriteString("better_cond", c.Cond);
                    w.WriteString("better_double_constant", c.DoubleConstant);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }));
            return;
        }
        output.WriteLine($"Normalised {KernelOptions.Name(kind)} Gram matrices on {points} (n = {n}); cond = lambda_max/lambda_min (MathNet symmetric " +
                         "eigensolver), lambda0 = mean off-diagonal, double-constant cond = 1 + n*lambda0/(1 - lambda0) (conv-dense.md §2.8).");
        output.WriteLine($"{"depth",-7}{"arch",-44}{"cond",-14}{"lambda_min",-14}{"lambda_max",-14}{"lambda0",-12}double-constant");
        foreach (var (_, row) in rows)
            output.WriteLine($"{row.Depth,-7}{row.Spec,-44}{F(row.Spectrum.Condition) + (row.Spectrum.BelowRoundOff ? "*" : ""),-14}" +
                             $"{F(row.Spectrum.Eigenvalues[0]),-14}{F(row.Spectrum.Eigenvalues[^1]),-14}{F(row.Lambda0),-12}{F(row.DoubleConstantCond)}");
        if (rows.Any(r => r.Row.Spectrum.BelowRoundOff))
            output.WriteLine("* lambda_min is below round-off (n*eps*lambda_max): that cond is not resolved in double precision; comparisons use the resolvable cond.");
        foreach (var c in comparisons)
            output.WriteLine($"depth {c.Depth}: smaller cond: {Name(c.Cond, template, compare!)}; smaller double-constant cond: {Name(c.DoubleConstant, template, compare!)} (measured)");
    }

    private static string Better(double template, double compare) => template < compare ? "template" : compare < template ? "compare" : "tie";

    private static string Name(string role, string template, string compare) => role switch
    {
        "template" => template,
        "compare" => compare,
        _ => "tie",
    };

    private static string F(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
