using Symbolic.Text.Printing;
using Symbolic.Testing;
using Symbolic.Text.Tests.Support;

namespace Symbolic.Text.Tests.Printing;

/// <summary>Printed LaTeX compiles: a document with every golden formula and the depth-20 ReLU NNGP/NTK.</summary>
public sealed class PdflatexCompileTests
{
    [Fact]
    public async Task Golden_formulas_and_depth_20_kernel_compile_with_pdflatex()
    {
        var (nngp, ntk) = Kernels.ReluNtk(20);
        var displays = GoldenFormulas.All.Select(f => f.Latex())
            .Append(LatexPrinter.PrintDefinitions([(@"\Sigma^{(20)}", nngp), (@"\Theta^{(20)}", ntk)]));
        Assert.Null(await Pdflatex.CompileAsync(LatexDocument.Standalone(displays)));
    }
}
