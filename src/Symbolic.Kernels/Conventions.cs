namespace Symbolic.Kernels;

/// <summary>The conventions every derived kernel follows, as text for <c>--help</c> and the README (fc-resnet.md §10).</summary>
public static class Conventions
{
    /// <summary>The conventions, one topic per paragraph.</summary>
    public const string Text = """
        Conventions (fc-resnet.md section 10):
        - Inputs lie on the unit sphere; kernels are functions of t = <x, z> in [-1, 1]. Kernels are not even in t.
        - NNGP Sigma(x, z): the output covariance at initialisation (infinite width). NTK Theta(x, z): the sum over trained
          parameters of the products of output gradients, in the NTK parameterisation (weights N(0, 1), layer outputs
          scaled by sigma_w / sqrt(fan-in)).
        - ReLU uses c = 2 (He): Sigma' = sqrt(ab) kappa1(rho), Sigma-dot = kappa0(rho), so variances are preserved.
          kappa0(r) = 1 - acos(r)/pi, kappa1(r) = (sqrt(1 - r^2) + r (pi - acos r))/pi.
        - Depth: fc(layers=L) counts weight layers (Bietti-Bach: L = hidden layers + 1; Arora's H hidden layers is L = H + 1);
          resnet(blocks=L) counts residual blocks (Huang/Belfer: 2L trained matrices, A and v fixed).
        - Which layers are trained is a property of each dense layer: fc trains all; resnet fixes the first and last.
        - Normalised kernels divide by the value at t = 1: K(t)/sqrt(K(x, x) K(z, z)), so K(x, x) = 1. The diagonal is
          tracked exactly through the layers (Theta_L(1) = L for fc with relu and no bias; 2 L a^2 (1 + a^2)^(L-1) for resnet).
        - Residual blocks are x + alpha f(x): Sigma' = Sigma + alpha^2 Sigma_f and Theta' = Theta + alpha^2 Theta_f, valid
          because f ends with fresh zero-mean weights, uncorrelated with x.
        """;
}
