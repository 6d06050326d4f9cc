using System.Collections.Immutable;
using Symbolic.Core.Expressions;

namespace Symbolic.Core.Rewriting;

/// <summary>Tries each rule in order on the node itself (not its children); the first match wins.</summary>
internal sealed class ChainRewriter(ImmutableArray<Rule> rules) : Rewriter
{
    public override Expr Rewrite(Expr e, RewriteContext context)
    {
        if (context.Stopped is not null) return e;
        foreach (var rule in rules)
        {
            var result = rule.Apply(e, context.Assumptions);
            if (result is null) continue;
            context.Trace?.Add(rule.Name, e, result);
            return result;
        }
        return e;
    }
}
