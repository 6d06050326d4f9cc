namespace Symbolic.Kernels.Derivation;

/// <summary>Evaluates an architecture's kernels at one t through the numeric layer transfers (doubles, no expressions).</summary>
public static class NumericKernel
{
    /// <summary>Σ, Θ and their diagonals at t = ⟨x, z⟩ on the sphere; the diagonals come from the same pass (t = 1 path).</summary>
    /// <exception cref="ArchitectureException">The layers do not compose.</exception>
    public static NumericKernelValue Evaluate(Layer architecture, double t)
    {
        var k = architecture.Transfer(NumericKernelState.OnSphere(t));
        if (k.IsBranched)
            throw new ArchitectureException(architecture, $"{architecture.Spec} ends with parallel branches open; close them with faninsum");
        return new(t, k.Nngp, k.Ntk, k.Var1, k.NtkVar1, k.QuadratureError);
    }
}
