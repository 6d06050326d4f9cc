using System.CommandLine;
using System.Globalization;
using Symbolic.Cli.Output;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Numbers;
using Symbolic.Core.Series;
using Symbolic.Text.Printing;
using Symbol = Symbolic.Core.Expressions.Symbol;

namespace Symbolic.Cli.Commands;

/// <summary><c>symbolic expand --arch SPEC --kernel ntk --at 1|-1 --order N</c>: the Puiseux expansion of K(1 − u)
/// or K(−1 + u) in powers of u^½ up to u^N, with exact coefficients (composed series, never repeated differentiation).</summary>
public static class ExpandCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var arch = KernelOptions.Arch();
        var kernel = KernelOptions.Kernel("ntk", allowBoth: false);
        var normalize = KernelOptions.Normalize();
        var at = new Option<string>("--at") { Description = "The end point: 1 (expand K(1 - u)) or -1 (expand K(-1 + u)).", DefaultValueFactory = _ => "1" };
        at.AcceptOnlyFromAmong("1", "-1");
        var order = new Option<string>("--order", "-o")
        {
            Description = $"Highest power of u kept: an integer or half-integer from 0 to {EndpointExpansion.MaxOrder} (default 2).",
            DefaultValueFactory = _ => "2",
        };
        var timeout = new Option<double>("--timeout")
        {
            Description = $"Seconds the exact expansion may take, 0.1 to 86400 (default {EndpointExpansion.DefaultBudget.TotalSeconds}); past it, it stops with a message.",
            DefaultValueFactory = _ => EndpointExpansion.DefaultBudget.TotalSeconds,
        };
        var format = CommonOptions.Format();
        var command = new Command("expand", "Expand a kernel at t = 1 or t = -1 in powers of u^(1/2), with exact coefficients.")
        {
            arch, kernel, normalize, at, order, timeout, format,
        };
        command.SetAction(r => Run(r.InvocationConfiguration.Output, r.GetValue(arch)!, r.GetValue(kernel)!, r.GetValue(normalize),
            r.GetValue(at) == "-1" ? -1 : 1, ParseOrder(r.GetValue(order)!), ParseTimeout(r.GetValue(timeout)), CommonOptions.ParseFormat(r.GetValue(format))));
        return command;
    }

    /// <summary>Parses <c>--order</c>: a multiple of ½ in [0, <see cref="EndpointExpansion.MaxOrder"/>].</summary>
    public static Rational ParseOrder(string text)
    {
        if (!Rational.TryParseDecimal(text, out var order) || order.Sign < 0 || order > EndpointExpansion.MaxOrder || !(order * 2).IsInteger)
            throw new UserError($"--order: expected an integer or half-integer from 0 to {EndpointExpansion.MaxOrder}, got '{text}'");
        return order;
    }

    /// <summary>Checks <c>--timeout</c> (seconds in [0.1, 86400]).</summary>
    public static TimeSpan ParseTimeout(double seconds) => seconds is >= 0.1 and <= 86400
        ? TimeSpan.FromSeconds(seconds)
        : throw new UserError($"--timeout: expected 0.1 to 86400 seconds, got {seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    private static int Run(TextWriter output, string spec, string kernelWord, bool normalize, int at, Rational order, TimeSpan timeout, OutputFormat format)
    {
        var (derivation, description) = KernelOptions.Derive(spec);
        var kind = KernelOptions.Kinds(kernelWord)[0];
        var expansion = EndpointExpansion.Expand(derivation, kind, normalize, at, order, timeout);
        if (!expansion.Succeeded)
            throw new UserError($"the expansion failed: {expansion.Error}" +
                                (expansion.Failure == SeriesFailure.BudgetExceeded ? $" (--timeout {timeout.TotalSeconds:0.###} s)" : ""));
        var series = expansion.Series!;
        var none = new Dictionary<Symbol, double>();
        var terms = series.Terms.Select(term => (term.Power, term.Coefficient, Value: Evaluator.Evaluate(term.Coefficient, none))).ToList();
        var truncation = series.Order;
        string variable = at == 1 ? "K(1 - u)" : "K(-1 + u)";
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("arch", spec);
                    w.WriteString("kernel", kernelWord);
                    w.WriteBoolean("normalized", normalize);
                    w.WriteNumber("at", at);
                    w.WriteStartArray("terms");
                    foreach (var (power, coefficient, value) in terms)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("power", power.ToDouble());
                        w.WriteString("exact", coefficient.ToLatex());
                        w.WriteString("text", coefficient.ToText());
                        w.Number("value", value);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    if (truncation is { } o) w.WriteNumber("order", o.ToDouble());
                    if (series.SingularTerm is { } s)
                    {
                        w.WriteStartObject("singular");
                        w.WriteNumber("power", s.Power.ToDouble());
                        w.Number("coefficient", Evaluator.Evaluate(s.Coefficient, none));
                        w.WriteEndObject();
                    }
                    w.WriteStartArray("notes");
                    foreach (var note in expansion.Notes) w.WriteStringValue(note.Message);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }));
                break;
            case OutputFormat.Latex:
                var parts = terms.Select(t => $"\\left({t.Coefficient.ToLatex()}\\right) u^{{{PowerLatex(t.Power)}}}");
                output.WriteLine($"% symbolic expand: {description}");
                output.WriteLine($"\\[ {(at == 1 ? "K(1-u)" : "K(-1+u)")} = {string.Join(" + ", parts)}" +
                                 (truncation is { } tr ? $" + O\\!\\left(u^{{{PowerLatex(tr)}}}\\right)" : "") + " \\]");
                break;
            default:
                output.WriteLine($"Architecture: {description}");
                output.WriteLine($"{variable} = sum of c_p u^p" + (truncation is { } tt ? $" + O(u^{tt})" : " (exact)") + ":");
                output.WriteLine($"  {"p",-6} {"value",-24} exact");
                foreach (var (power, coefficient, value) in terms)
                    output.WriteLine($"  {power,-6} {value.ToString("R", CultureInfo.InvariantCulture),-24} {Short(coefficient)}");
                if (series.SingularTerm is { } singular)
                    output.WriteLine($"Leading non-integer power: u^{singular.Power} (nu = {singular.Power}).");
                foreach (var note in expansion.Notes) output.WriteLine($"note: {note.Message}");
                break;
        }
        return ExitCodes.Ok;
    }

    /// <summary>The coefficient's plain text, or a note of its size when it would not fit a table row.</summary>
    private static string Short(Expr coefficient)
    {
        var text = coefficient.ToText(new TextOptions { ShareThreshold = int.MaxValue });
        return text.Length <= 160 && !text.Contains('\n')
            ? text
            : $"[{Core.Traversal.DagWalk.CountUnique(coefficient)}-node exact expression: see --format latex or json]";
    }

    private static string PowerLatex(Rational p) => p.IsInteger ? p.ToString() : $"{p.Numerator}/{p.Denominator}";
}
