using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;
using Symbolic.Text;

namespace Symbolic.Cli.Derivations;

/// <summary>Evaluates claims: both sides are expressions (the <see cref="ExprParser"/> syntax) over the measurements a
/// run recorded, evaluated in double precision, then compared by the claim's mode.</summary>
public static class ClaimEvaluator
{
    /// <summary>The verdict of <paramref name="claim"/> given <paramref name="measurements"/>.</summary>
    /// <exception cref="UserError">A side does not parse or names an unknown measurement.</exception>
    public static Verdict Evaluate(ClaimSpec claim, IReadOnlyDictionary<string, double> measurements, string file)
    {
        var measured = Value(claim.Measured, "measured", claim, measurements, file);
        var expected = Value(claim.Expected, "expected", claim, measurements, file);
        var pass = Holds(claim.Mode, measured, expected, claim.Tolerance);
        return new Verdict(claim.Statement, claim.Measured, claim.Expected, measured, expected, claim.Mode, claim.Tolerance, claim.Why, claim.Source, pass);
    }

    /// <summary>abs: |m − e| ≤ tol; rel: |m − e| ≤ tol·|e|; below: m ≤ e + tol; above: m ≥ e − tol. NaN never passes.</summary>
    public static bool Holds(string mode, double measured, double expected, double tolerance)
    {
        if (!double.IsFinite(measured) || !double.IsFinite(expected)) return false;
        return mode switch
        {
            "abs" => Math.Abs(measured - expected) <= tolerance,
            "rel" => Math.Abs(measured - expected) <= tolerance * Math.Abs(expected),
            "below" => measured <= expected + tolerance,
            "above" => measured >= expected - tolerance,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown claim mode"),
        };
    }

    private static double Value(string text, string side, ClaimSpec claim, IReadOnlyDictionary<string, double> measurements, string file)
    {
        var parsed = ExprParser.Parse(text);
        if (parsed.Value is null)
            throw new UserError($"{file}:{claim.Line}: {side}: {string.Join("; ", parsed.Diagnostics.Select(d => d.ToString()))}");
        var bindings = new Dictionary<Symbol, double>();
        foreach (var symbol in DagWalk.Symbols(parsed.Value))
        {
            if (!measurements.TryGetValue(symbol.Name, out var value))
            {
                var near = measurements.Keys.Where(k => k.StartsWith(symbol.Name.Split('_')[0], StringComparison.Ordinal)).Take(8);
                throw new UserError($"{file}:{claim.Line}: {side}: unknown measurement '{symbol.Name}' (some recorded: {string.Join(", ", near)})");
            }
            bindings[symbol] = value;
        }
        return Evaluator.Evaluate(parsed.Value, bindings);
    }
}
