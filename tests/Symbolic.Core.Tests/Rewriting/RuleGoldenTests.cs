using System.Collections.Immutable;
using Symbolic.Core.Evaluation;
using Symbolic.Core.Expressions;
using Symbolic.Core.Rewriting;
using Symbolic.Core.Rewriting.Rules;
using Symbolic.Core.Traversal;
using Symbolic.Testing;

namespace Symbolic.Core.Tests.Rewriting;

public sealed class RuleGoldenTests
{
    private static readonly ImmutableArray<Rule> s_allRules =
    [
        .. ExactValueRules.All, .. AbsSignRules.All, .. ParityRules.All, .. InverseTrigRules.All,
        .. ExpLogRules.All, .. RadicalRules.All, .. ExpandRules.All,
    ];

    public static TheoryData<string> RuleNames => [.. s_allRules.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_rewrites_its_golden_cases(string name)
    {
        var rule = s_allRules.Single(r => r.Name == name);
        Assert.True(RuleGoldenCases.Cases.TryGetValue(name, out var cases), $"No golden case for rule '{name}'.");
        Assert.Contains(cases, c => c.Expected is not null);
        foreach (var c in cases)
        {
            var actual = rule.Apply(c.Input, c.Assumptions ?? Assumptions.None);
            Assert.True(ReferenceEquals(actual, c.Expected), $"{name}: {c.Input} gave {actual?.ToString() ?? "no match"}, expected {c.Expected?.ToString() ?? "no match"}.");
        }
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Golden_cases_are_numerically_true(string name)
    {
        foreach (var c in RuleGoldenCases.Cases[name].Where(c => c.Expected is not null))
            foreach (var point in Points(c.Input, c.Assumptions ?? Assumptions.None))
            {
                double before = Evaluator.Evaluate(c.Input, point), after = Evaluator.Evaluate(c.Expected!, point);
                Assert.True(!double.IsFinite(before) || Tolerance.Close(before, after, 1e-12),
                    $"{name}: {c.Input} = {before:R} but {c.Expected} = {after:R} at {string.Join(", ", point.Select(p => $"{p.Key.Name}={p.Value}"))}.");
            }
    }

    [Fact]
    public void Rule_names_are_unique_and_conditional_rules_name_their_condition()
    {
        Assert.Equal(s_allRules.Length, s_allRules.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        foreach (var rule in s_allRules.Where(r => r.Name.Contains('[')))
            Assert.NotNull(rule.Requires);
        Assert.All(s_allRules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
    }

    [Fact]
    public void Every_default_pipeline_rule_has_golden_cases() =>
        Assert.All(Simplifier.DefaultRules, r => Assert.True(RuleGoldenCases.Cases.ContainsKey(r.Name), r.Name));

    // Points where every symbol takes values consistent with the case's assumptions (x ≥ 0 → nonnegative values).
    private static IEnumerable<Dictionary<Symbol, double>> Points(Expr e, Assumptions a)
    {
        var symbols = DagWalk.Symbols(e);
        double[] values = [-0.83, -0.37, 0, 0.21, 0.64, 0.97];
        for (int i = 0; i < values.Length; i++)
            yield return symbols.Select((s, k) => (s, v: values[(i + 2 * k) % values.Length]))
                                .ToDictionary(p => p.s, p => a.Positive.Contains(p.s) || a.Nonnegative.Contains(p.s) ? Math.Abs(p.v) + (a.Positive.Contains(p.s) ? 0.1 : 0) : p.v);
    }
}
