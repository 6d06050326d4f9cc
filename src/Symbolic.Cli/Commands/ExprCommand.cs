using System.CommandLine;
using System.Globalization;
using Symbolic.Cli.Output;
using Symbolic.Core.Calculus;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Rewriting;
using Symbolic.Core.Traversal;
using Symbolic.Text.Printing;
using Symbolic.Text;
using ParseResult = System.CommandLine.ParseResult;
using Symbol = Symbolic.Core.Expressions.Symbol;

namespace Symbolic.Cli.Commands;

/// <summary><c>symbolic expr simplify|diff|latex|eval EXPRESSION</c>: the computer-algebra core from the command line.</summary>
public static class ExprCommand
{
    /// <summary>Builds the command and its four subcommands.</summary>
    public static Command Create()
    {
        var command = new Command("expr", "Work with a single expression: simplify, differentiate, print as LaTeX, evaluate.\n" +
            "Syntax: + - * / ^ (or **), parentheses, pi, e, functions " + string.Join(", ", Core.Functions.Fn.KnownNames) +
            ". Decimals are exact rationals (0.3 = 3/10); float(0.3) is an explicit float.");
        command.Subcommands.Add(Sub("simplify", "Simplify with the default rule sets (exact values, inverse trig, exp/log, radicals, expansion).",
            (e, _) => Simplifier.Simplify(e).Result));
        var variable = new Option<string>("--var") { Description = "The variable to differentiate against.", Required = true };
        var raw = new Option<bool>("--raw") { Description = "Print the derivative in canonical form without simplifying it." };
        command.Subcommands.Add(Sub("diff", "Differentiate with respect to --var (then simplify, unless --raw).",
            (e, r) =>
            {
                var d = e.Differentiate(Symbol.Of(CheckName(r.GetValue(variable)!)));
                return r.GetValue(raw) ? d : Simplifier.Simplify(d).Result;
            }, variable, raw));
        command.Subcommands.Add(Sub("latex", "Print the expression as LaTeX (canonical form).", (e, _) => e));
        command.Subcommands.Add(EvalSub());
        return command;
    }

    private static Command Sub(string name, string description, Func<Expr, ParseResult, Expr> transform, params Option[] extra)
    {
        var input = new Argument<string>("expression") { Description = "The expression, e.g. \"(t*(pi-acos(t))+sqrt(1-t^2))/pi\"." };
        var format = CommonOptions.Format();
        var command = new Command(name, description) { input, format };
        foreach (var option in extra) command.Options.Add(option);
        command.SetAction(r =>
        {
            var text = r.GetValue(input)!;
            var result = transform(Parse(text), r);
            Write(r.InvocationConfiguration.Output, CommonOptions.ParseFormat(r.GetValue(format)), text, result,
                name == "latex" ? OutputFormat.Latex : null);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command EvalSub()
    {
        var input = new Argument<string>("expression") { Description = "The expression to evaluate." };
        var at = new Option<string[]>("--at")
        {
            Description = "A value for a symbol, NAME=VALUE (repeat for several symbols), e.g. --at t=0.3.",
            AllowMultipleArgumentsPerToken = true,
        };
        var format = CommonOptions.Format();
        var command = new Command("eval", "Evaluate numerically at --at NAME=VALUE.") { input, at, format };
        command.SetAction(r =>
        {
            var text = r.GetValue(input)!;
            var e = Parse(text);
            var bindings = ParseBindings(r.GetValue(at) ?? []);
            var missing = DagWalk.Symbols(e).Where(s => !bindings.ContainsKey(s)).Select(s => s.Name).ToList();
            if (missing.Count > 0) throw new UserError($"no value for {string.Join(", ", missing)}: pass --at {missing[0]}=VALUE");
            double value = Evaluator.Evaluate(e, bindings);
            var output = r.InvocationConfiguration.Output;
            switch (CommonOptions.ParseFormat(r.GetValue(format)))
            {
                case OutputFormat.Json:
                    output.Write(Json.Write(w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("input", text);
                        w.WriteString("result", e.ToText());
                        w.WriteString("latex", e.ToLatex());
                        w.WriteStartObject("at");
                        foreach (var (s, v) in bindings.OrderBy(p => p.Key.Name, StringComparer.Ordinal)) w.Number(s.Name, v);
                        w.WriteEndObject();
                        w.Number("value", value);
                        w.WriteEndObject();
                    }));
                    break;
                default:
                    output.WriteLine(Format(value));
                    break;
            }
            if (!double.IsFinite(value))
                r.InvocationConfiguration.Error.WriteLine("warning: the value is not finite (outside the domain of a function?)");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Parses user text, turning diagnostics into a one-line <see cref="UserError"/>.</summary>
    public static Expr Parse(string text)
    {
        var result = ExprParser.Parse(text);
        if (!result.Success || result.Value is null)
            throw new UserError(string.Join("; ", result.Diagnostics.Select(d => d.ToString())));
        return result.Value;
    }

    private static Dictionary<Symbol, double> ParseBindings(IEnumerable<string> items)
    {
        var bindings = new Dictionary<Symbol, double>();
        foreach (var item in items.SelectMany(i => i.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            int eq = item.IndexOf('=');
            if (eq <= 0) throw new UserError($"--at expects NAME=VALUE, got '{item}'");
            var name = CheckName(item[..eq].Trim());
            var valueText = item[(eq + 1)..].Trim();
            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                throw new UserError($"--at {name}: '{valueText}' is not a finite number");
            bindings[Symbol.Of(name)] = value;
        }
        return bindings;
    }

    private static string CheckName(string name) =>
        name.Length > 0 && (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_')
            ? name
            : throw new UserError($"'{name}' is not a symbol name (letters, digits and _, starting with a letter)");

    private static void Write(TextWriter output, OutputFormat format, string input, Expr result, OutputFormat? textFormat)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.Write(Json.Write(w =>
                {
                    w.WriteStartObject();
                    w.WriteString("input", input);
                    w.WriteString("result", result.ToText());
                    w.WriteString("latex", result.ToLatex());
                    w.WriteEndObject();
                }));
                break;
            case OutputFormat.Latex:
                output.WriteLine(result.ToLatex());
                break;
            default:
                output.WriteLine(textFormat == OutputFormat.Latex ? result.ToLatex() : result.ToText());
                break;
        }
    }

    /// <summary>Shortest round-trip, invariant culture.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
