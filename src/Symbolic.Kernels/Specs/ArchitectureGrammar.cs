namespace Symbolic.Kernels.Specs;

/// <summary>The architecture grammar, as text for <c>--help</c> and the README.</summary>
public static class ArchitectureGrammar
{
    /// <summary>The grammar in EBNF with the layer and activation vocabulary and examples.</summary>
    public const string Text = """
        Architecture grammar (whitespace is free; numbers are exact: 0.5 is 1/2, and 1/3, 2^(1/2), 1e-3 are allowed):

          spec      = layer
          layer     = name [ "(" [ argument { "," argument } ] ")" ] { "*" count }
          argument  = parameter "=" value | layer
          value     = number | layer | "true" | "false"
          number    = arithmetic on decimal literals with + - * / ^ and parentheses

        Presets (inputs on the unit sphere, t = <x, z>):
          fc(layers=L, act=relu, bias=0)     L weight layers in the Bietti-Bach count (L = hidden layers + 1):
                                              dense -> (act -> dense) x (L-1), every dense has weight variance 1 and
                                              bias variance `bias`, all trained. layers=2 is one hidden layer,
                                              Theta = t*kappa0(t) + kappa1(t); for relu without bias Sigma(1) = 1, Theta(1) = L.
          resnet(blocks=L, alpha=a)          Huang/Belfer ResNet: x0 = A x, x_l = x_(l-1) + a V_l relu(sqrt2 W_l x_(l-1)),
          resnet(blocks=L, gamma=g)          f = v.x_L with A and v fixed, W_l and V_l trained; gamma sets a = L^(-g)
                                              (kept exact: a rational or a radical). Theta(1) = 2 L a^2 (1 + a^2)^(L-1).
          rescnn(blocks=L, alpha=a, q=3, q0=1, qv=1, head=eq|gap|vec, train=all|blocks, skip=true)
                                             convolutional ResNet on images C0 x d (circular padding): conv(q=q0) ->
                                              residual(serial(conv(q), relu, conv(q=qv)), alpha=a) x L -> head -> dense;
                                              train=blocks fixes the embedding and the readout; skip=false drops the skip.
                                              On unit pixels (eq/vec head) K(x,x) = (1+a^2)^L and
                                              Theta(x,x) = (1+a^2)^L (2 + 2 L a^2/(1+a^2)) (train=all), 2 L a^2 (1+a^2)^(L-1) (blocks).
          cnn(layers=L, q=3, q0=1, head=eq|gap|vec, train=all|blocks)
                                             plain CNN: conv(q=q0) -> (conv(q) -> relu) x L -> head -> dense;
                                              K(x,x) = 1, Theta(x,x) = L + 2 (train=all) or L (blocks).

        Layers:
          dense(w=1, b=0, trained=true)      weight variance w > 0, bias variance b >= 0; a fixed layer adds no NTK term
          serial(l1, l2, ...)                layers in order
          conv(q=3, w=1, b=0, trained=true)  circular convolution, odd filter q (q x q on 2-D images):
                                              K -> w A_q K + b, Theta -> w A_q Theta + K' (A_q averages q shifted
                                              pixel pairs); on a scalar kernel (one pixel) it acts as dense
          eq(pixel=0) | gap | flatten        heads: M[i0,i0] | mean of all d^2 entries | mean of the d diagonal entries;
                                              on images Gamma_ij = <x_i, z_j>, dense is the 1x1 conv (channel mixing)
          residual(branch, alpha=1)          x + alpha * branch(x); the branch must end with a dense layer
          identity | scale(c=...)            skip path | multiply the signal by c
          fanout(n) , parallel(l1, ..., ln) , faninsum
                                              stax branching: copy into n branches, one layer per branch, sum them
          layer*n                            n repetitions with independent weights, n in [1, 10000]
          <activation>                       a nonlinearity layer

        Activations (D = dual, D' = derivative dual; a, b the variances, rho the correlation):
          relu                               c = 2: D = sqrt(ab) kappa1(rho), D' = kappa0(rho)
          abrelu(a=0, b=1), leaky(slope=0.01) slopes a (z < 0) and b (z > 0), c = 2/(a^2 + b^2): variance preserving
          step                               c = 2: D = kappa0(rho), D' = 0
          erf                                c = 1: D = (2/pi) asin(2c/sqrt((1+2a)(1+2b)))
          identity                           D = c, D' = 1
          tanh, sin, cos, atan, exp, sinh, cosh, abs, sign, phi("expression in z")
                                              no closed form: Gauss-Hermite quadrature, error estimated from n vs 2n nodes

        Examples:
          fc(layers=3)
          resnet(blocks=10, gamma=1)
          rescnn(blocks=2, alpha=1, q=3, head=gap)
          serial(conv(q=1), residual(serial(conv, relu, conv(q=1)))*2, eq, dense)
          serial(dense, relu, residual(serial(dense, relu, dense), alpha=0.5)*3, dense(trained=false))
        """;
}
