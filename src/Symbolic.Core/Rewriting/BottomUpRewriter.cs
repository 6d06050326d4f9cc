using System.Runtime.InteropServices;
using Symbolic.Core.Expressions;
using Symbolic.Core.Traversal;

namespace Symbolic.Core.Rewriting;

/// <summary>
/// Innermost normalisation over the DAG: children are normalised before their parent, the parent is rebuilt
/// through the canonical constructors (<see cref="Rebuild.With"/>), and the inner rewriter is applied to it; whatever
/// a rewrite or a canonical rebuild produces is normalised the same way before it is accepted. Memoized by node
/// reference for the whole run (each unique node is normalised once) and iterative (an explicit stack, so DAG
/// depth 10⁴ is safe).
/// </summary>
internal sealed class BottomUpRewriter(Rewriter inner) : Rewriter
{
    private const int ClockInterval = 256;

    public override Expr Rewrite(Expr root, RewriteContext context)
    {
        var memo = context.MemoFor(this);
        if (memo.TryGetValue(root, out var known)) return known;
        // A DAG has at least as many nodes as it is deep, and the memo also takes the rewritten nodes: start it at a few
        // times the depth rather than grow it from empty (each doubling of a large table is a large-object allocation).
        memo.EnsureCapacity(Math.Min(5 * root.Depth, 1 << 21));

        var inProgress = new HashSet<Expr>(Math.Min(root.Depth, 1 << 16), ExprReferenceComparer.Instance);
        var stack = new List<Frame> { new(root) };
        var buffer = new List<Expr>();
        int steps = 0;

        while (stack.Count > 0)
        {
            int top = stack.Count - 1;
            var frame = stack[top];
            var node = frame.Node;
            if (memo.ContainsKey(node)) { stack.RemoveAt(top); inProgress.Remove(node); continue; }

            if (++steps % ClockInterval == 0) context.CheckTime();
            bool stopped = context.CheckNodes(memo.Count + stack.Count);

            if (frame.Awaiting is { } awaited)
            {
                // The rewritten or rebuilt form has been normalised (or was cut short by a cycle): adopt it.
                Finish(node, memo.GetValueOrDefault(awaited, awaited));
                continue;
            }

            if (!frame.ChildrenPushed)
            {
                if (stopped) { Finish(node, node); continue; }
                inProgress.Add(node);
                stack[top] = frame with { ChildrenPushed = true };
                foreach (var child in node.Children)
                    if (!memo.ContainsKey(child) && !inProgress.Contains(child)) stack.Add(new Frame(child));
                continue;
            }

            buffer.Clear();
            foreach (var child in node.Children) buffer.Add(memo.GetValueOrDefault(child, child));
            var rebuilt = node.Children.Length == 0 ? node : Rebuild.With(node, CollectionsMarshal.AsSpan(buffer));
            var next = ReferenceEquals(rebuilt, node) && !stopped ? inner.Rewrite(node, context) : rebuilt;
            if (ReferenceEquals(next, node) || stopped) { Finish(node, next); continue; }
            if (memo.TryGetValue(next, out var done)) { Finish(node, done); continue; }
            if (inProgress.Contains(next)) { Finish(node, next); continue; }   // a rule cycle: keep the rewrite
            stack[top] = frame with { Awaiting = next };
            stack.Add(new Frame(next));
        }
        return memo[root];

        void Finish(Expr node, Expr result)
        {
            memo[node] = result;
            inProgress.Remove(node);
            stack.RemoveAt(stack.Count - 1);
        }
    }

    private readonly record struct Frame(Expr Node, bool ChildrenPushed = false, Expr? Awaiting = null);
}
