namespace Symbolic.Compilation.Vectorized;

/// <summary>One tape step: <paramref name="Target"/> ← op(<paramref name="Operands"/>), all slot indices.</summary>
/// <param name="Op">The operation.</param>
/// <param name="Target">The slot written.</param>
/// <param name="Operands">The slots read, in the operation's order (sum terms, product factors, base then exponent,
/// call arguments).</param>
/// <param name="Coefficients">Sum: cᵢ per operand; empty otherwise.</param>
/// <param name="Immediate">Sum: the constant c₀; Product: the coefficient; SmallPower and ScalarPowerConstant: the
/// exponent; unused otherwise.</param>
/// <param name="Scalar">ScalarUnary/ScalarBinary: the descriptor's evaluator delegate; null otherwise.</param>
internal sealed record Instruction(OpCode Op, int Target, int[] Operands, double[] Coefficients, double Immediate, Delegate? Scalar)
{
    /// <summary>An instruction without coefficients, immediate or scalar method.</summary>
    public static Instruction Of(OpCode op, int target, params int[] operands) => new(op, target, operands, [], 0, null);
}
