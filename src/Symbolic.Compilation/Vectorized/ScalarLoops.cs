namespace Symbolic.Compilation.Vectorized;

/// <summary>The per-element instructions: the interpreter's own scalar method for each point of the chunk, so
/// these values equal <c>Evaluator</c>'s bitwise. They cover exactly the chunk's points, not the vector padding.</summary>
internal static class ScalarLoops
{
    /// <summary>target[i] = Math.Pow(x[i], e) with the exponent an immediate.</summary>
    public static void PowerConstant(Workspace workspace, Instruction ins, int length)
    {
        var x = workspace.Slot(ins.Operands[0])[..length];
        var target = workspace.Slot(ins.Target);
        double exponent = ins.Immediate;
        for (int i = 0; i < x.Length; i++) target[i] = Math.Pow(x[i], exponent);
    }

    /// <summary>target[i] = Math.Pow(x[i], y[i]).</summary>
    public static void Power(Workspace workspace, Instruction ins, int length)
    {
        var x = workspace.Slot(ins.Operands[0])[..length];
        var y = workspace.Slot(ins.Operands[1]);
        var target = workspace.Slot(ins.Target);
        for (int i = 0; i < x.Length; i++) target[i] = Math.Pow(x[i], y[i]);
    }

    /// <summary>target[i] = f(x[i]) through the descriptor's delegate.</summary>
    public static void Unary(Workspace workspace, Instruction ins, int length)
    {
        var f = (Func<double, double>)ins.Scalar!;
        var x = workspace.Slot(ins.Operands[0])[..length];
        var target = workspace.Slot(ins.Target);
        for (int i = 0; i < x.Length; i++) target[i] = f(x[i]);
    }

    /// <summary>target[i] = f(x[i], y[i]) through the descriptor's delegate.</summary>
    public static void Binary(Workspace workspace, Instruction ins, int length)
    {
        var f = (Func<double, double, double>)ins.Scalar!;
        var x = workspace.Slot(ins.Operands[0])[..length];
        var y = workspace.Slot(ins.Operands[1]);
        var target = workspace.Slot(ins.Target);
        for (int i = 0; i < x.Length; i++) target[i] = f(x[i], y[i]);
    }
}
