using Symbolic.Core.Expressions;

namespace Symbolic.Core.Rewriting;

/// <summary>
/// A named rewrite rule: a partial function on nodes that returns the replacement, or null when the rule does not
/// match. Rules look only at the node they are given (the combinators in <see cref="Rewriters"/> decide where they
/// are tried), match canonical n-ary nodes, and must preserve the value wherever the matched node is defined.
/// A rule that needs a domain fact names it in <see cref="Requires"/> and in its name ("[x ≥ 0]"), and checks
/// it through the <see cref="Assumptions"/> it is given rather than applying silently.
/// </summary>
public sealed class Rule
{
    private readonly Func<Expr, Assumptions, Expr?> _apply;

    /// <summary>A rule valid without any assumption.</summary>
    /// <param name="name">Short kebab-case name shown in traces, e.g. "sin-acos".</param>
    /// <param name="description">The identity and its domain, e.g. "sin(acos x) = √(1 − x²) on [−1, 1]".</param>
    /// <param name="apply">The replacement, or null for no match.</param>
    public Rule(string name, string description, Func<Expr, Expr?> apply)
        : this(name, description, (e, _) => apply(e), requires: null)
    {
        ArgumentNullException.ThrowIfNull(apply);
    }

    /// <summary>A rule that may consult domain facts.</summary>
    /// <param name="name">Short kebab-case name; conditional rules state their condition, e.g. "exp-log [x > 0]".</param>
    /// <param name="description">The identity and the condition under which it holds.</param>
    /// <param name="apply">The replacement, or null for no match or when the needed fact is not established.</param>
    /// <param name="requires">The fact the rule needs about its operand, or null when it needs none.</param>
    public Rule(string name, string description, Func<Expr, Assumptions, Expr?> apply, Assumption? requires)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(apply);
        (Name, Description, _apply, Requires) = (name, description, apply, requires);
    }

    /// <summary>Short name shown in traces.</summary>
    public string Name { get; }

    /// <summary>The identity in Unicode, with its domain.</summary>
    public string Description { get; }

    /// <summary>The fact the rule needs before it fires, or null when it is valid unconditionally.</summary>
    public Assumption? Requires { get; }

    /// <summary>The replacement of <paramref name="e"/>, or null when the rule does not apply (also when it would
    /// return <paramref name="e"/> itself).</summary>
    public Expr? Apply(Expr e, Assumptions assumptions)
    {
        var result = _apply(e, assumptions);
        return ReferenceEquals(result, e) ? null : result;
    }

    /// <summary>The replacement of <paramref name="e"/> with no assumptions, or null.</summary>
    public Expr? Apply(Expr e) => Apply(e, Assumptions.None);

    /// <summary>The rule's name.</summary>
    public override string ToString() => Name;
}
