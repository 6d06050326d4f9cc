using System.Collections.Immutable;
using Symbolic.Text.Syntax;

namespace Symbolic.Text.Binding;

public static partial class Binder
{
    private sealed partial class Session
    {
        /// <summary>
        /// The definitions ordered so each comes after every definition it uses (depth-first topological sort, with an
        /// explicit stack: chains of 10⁴ definitions are fine), or null with a diagnostic for an invalid or duplicate
        /// name or a cycle.
        /// </summary>
        private List<DefinitionSyntax>? DependencyOrder(ImmutableArray<DefinitionSyntax> definitions)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < definitions.Length; i++)
            {
                var name = definitions[i].Name;
                if (CheckDefinableName(name) is { } problem) return FailList(name.Span, problem);
                if (!index.TryAdd(name.Text, i)) return FailList(name.Span, $"{name.Describe()} is defined twice");
            }
            var uses = definitions.Select(d => UsedDefinitions(d.Value, index)).ToArray();
            var state = new byte[definitions.Length];   // 0 unvisited, 1 on the stack, 2 done
            var order = new List<DefinitionSyntax>(definitions.Length);
            var stack = new Stack<(int Definition, int Next)>();
            for (int start = 0; start < definitions.Length; start++)
            {
                if (state[start] != 0) continue;
                state[start] = 1;
                stack.Push((start, 0));
                while (stack.Count > 0)
                {
                    var (current, next) = stack.Pop();
                    if (next < uses[current].Count)
                    {
                        stack.Push((current, next + 1));
                        int used = uses[current][next];
                        if (state[used] == 1) return FailCycle(definitions, used, stack);
                        if (state[used] == 0)
                        {
                            state[used] = 1;
                            stack.Push((used, 0));
                        }
                    }
                    else
                    {
                        state[current] = 2;
                        order.Add(definitions[current]);
                    }
                }
            }
            return order;
        }

        /// <summary>Indices of the definitions whose names occur in <paramref name="root"/> (iterative walk).</summary>
        private static List<int> UsedDefinitions(SyntaxNode root, Dictionary<string, int> index)
        {
            var used = new List<int>();
            var stack = new Stack<SyntaxNode>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                switch (stack.Pop())
                {
                    case NameSyntax name when index.TryGetValue(name.Identifier.Text, out int i) && !used.Contains(i):
                        used.Add(i);
                        break;
                    case UnarySyntax unary: stack.Push(unary.Operand); break;
                    case BinarySyntax binary: stack.Push(binary.Right); stack.Push(binary.Left); break;
                    case ParenthesizedSyntax parenthesized: stack.Push(parenthesized.Expression); break;
                    case CallSyntax call: foreach (var argument in call.Arguments) stack.Push(argument); break;
                }
            }
            return used;
        }

        /// <summary>Reports the cycle through <paramref name="first"/>: the stack holds the path of definitions being expanded.</summary>
        private List<DefinitionSyntax>? FailCycle(ImmutableArray<DefinitionSyntax> definitions, int first, Stack<(int Definition, int Next)> stack)
        {
            var path = stack.Select(frame => frame.Definition).Reverse().SkipWhile(d => d != first).Append(first);
            string cycle = string.Join(" → ", path.Select(d => definitions[d].Name.Text));
            return FailList(definitions[first].Name.Span, $"{definitions[first].Name.Describe()} is defined in terms of itself ({cycle})");
        }

        private List<DefinitionSyntax>? FailList(TextSpan span, string message)
        {
            Fail(span, message);
            return null;
        }
    }
}
