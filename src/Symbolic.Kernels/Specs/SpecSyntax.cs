using System.Collections.Immutable;
using Symbolic.Core.Expressions;

namespace Symbolic.Kernels.Specs;

/// <summary>A node of the architecture syntax tree; <see cref="Start"/> and <see cref="End"/> delimit its text.</summary>
internal abstract record SpecNode(int Start, int End);

/// <summary><c>name</c> or <c>name(arguments)</c>; <see cref="Arguments"/> is default when there are no parentheses.</summary>
internal sealed record CallNode(string Name, int NameStart, ImmutableArray<ArgumentNode> Arguments, int Start, int End) : SpecNode(Start, End)
{
    public bool HasParentheses => !Arguments.IsDefault;
}

/// <summary>A positional argument (<see cref="Name"/> null) or <c>name=value</c>.</summary>
internal sealed record ArgumentNode(string? Name, int NameStart, SpecNode Value);

/// <summary>An exact number from arithmetic on literals, e.g. <c>0.5</c>, <c>1/3</c>, <c>10^(-1/4)</c>.</summary>
internal sealed record NumberNode(Expr Value, int Start, int End) : SpecNode(Start, End);

/// <summary>A quoted string, e.g. the expression of <c>phi("z*tanh(z)")</c>.</summary>
internal sealed record StringNode(string Value, int Start, int End) : SpecNode(Start, End);

/// <summary><c>layer*count</c>.</summary>
internal sealed record RepeatNode(SpecNode Layer, SpecNode Count, int Start, int End) : SpecNode(Start, End);
