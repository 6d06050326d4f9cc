using MathNet.Numerics.LinearAlgebra;

namespace Symbolic.Spectral.Regression;

/// <summary>
/// Kernel ridge regression with a zonal kernel K(x, z) = κ(⟨x, z⟩) on the sphere: the predictor
/// f̂(x) = Σᵢ cᵢ κ(⟨x, xᵢ⟩) with (G + λI)c = y, G = [κ(⟨xᵢ, xⱼ⟩)] the Gram matrix. Solved by Cholesky (G + λI is
/// symmetric positive definite for a positive-definite kernel and λ &gt; 0), falling back to LU when round-off breaks
/// definiteness. This is the infinite-width limit of training the network on squared loss (fc-resnet.md §4.3, result 1).
/// </summary>
public sealed class KernelRidgeRegression
{
    private readonly Func<double, double> _kernel;
    private readonly double[][] _points;
    private readonly Vector<double> _coefficients;

    private KernelRidgeRegression(Func<double, double> kernel, double[][] points, Vector<double> coefficients, double conditionNumber) =>
        (_kernel, _points, _coefficients, ConditionNumber) = (kernel, points, coefficients, conditionNumber);

    /// <summary>The 2-norm condition number of G + λI (from its symmetric eigenvalues).</summary>
    public double ConditionNumber { get; }

    /// <summary>Fits the coefficients c = (G + λI)⁻¹ y for <paramref name="points"/> (unit vectors), targets
    /// <paramref name="targets"/> and ridge <paramref name="ridge"/> ≥ 0.</summary>
    public static KernelRidgeRegression Fit(Func<double, double> kernel, double[][] points, double[] targets, double ridge)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(targets);
        if (points.Length != targets.Length) throw new ArgumentException("one target per point is needed", nameof(targets));
        ArgumentOutOfRangeException.ThrowIfNegative(ridge);
        var gram = Gram(kernel, points);
        for (var i = 0; i < points.Length; i++) gram[i, i] += ridge;
        var y = Vector<double>.Build.DenseOfArray(targets);
        Vector<double> c;
        try
        {
            c = gram.Cholesky().Solve(y);
        }
        catch (ArgumentException)
        {
            c = gram.LU().Solve(y);
        }
        var eigenvalues = gram.Evd(Symmetricity.Symmetric).EigenValues.Select(v => Math.Abs(v.Real)).ToArray();
        return new KernelRidgeRegression(kernel, points, c, eigenvalues.Max() / eigenvalues.Min());
    }

    /// <summary>The Gram matrix G_ij = κ(⟨xᵢ, xⱼ⟩) (symmetric; κ evaluated once per pair).</summary>
    public static Matrix<double> Gram(Func<double, double> kernel, double[][] points)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(points);
        var n = points.Length;
        var gram = Matrix<double>.Build.Dense(n, n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var value = kernel(SpherePoints.Cosine(points[i], points[j]));
                gram[i, j] = value;
                gram[j, i] = value;
            }
        }
        return gram;
    }

    /// <summary>f̂(x) = Σᵢ cᵢ κ(⟨x, xᵢ⟩).</summary>
    public double Predict(double[] x)
    {
        var sum = 0.0;
        for (var i = 0; i < _points.Length; i++) sum += _coefficients[i] * _kernel(SpherePoints.Cosine(x, _points[i]));
        return sum;
    }

    /// <summary>Mean squared error of the predictions on <paramref name="points"/> against <paramref name="targets"/>.</summary>
    public double MeanSquaredError(double[][] points, double[] targets)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(targets);
        var sum = 0.0;
        for (var i = 0; i < points.Length; i++)
        {
            var e = Predict(points[i]) - targets[i];
            sum += e * e;
        }
        return sum / points.Length;
    }
}
