namespace Symbolic.Cli.Tests.Commands;

/// <summary><c>derive --format latex</c> and <c>expand --format latex</c> output compiles under pdflatex with amsmath.</summary>
public sealed class LatexOutputTests
{
    [Fact]
    public async Task Derive_and_expand_latex_compile_with_pdflatex()
    {
        string[][] commands =
        [
            ["derive", "--arch", "fc(layers=2)", "--format", "latex"],
            ["derive", "--arch", "resnet(blocks=20, alpha=0.5)", "--kernel", "ntk", "--normalize", "--format", "latex"],
            ["derive", "--arch", "serial(dense, erf, residual(serial(dense, relu, dense), alpha=0.5)*2, dense)", "--format", "latex"],
            ["expand", "--arch", "fc(layers=3)", "--order", "2", "--format", "latex"],
            ["expand", "--arch", "resnet(blocks=3, alpha=0.5)", "--at", "-1", "--order", "1", "--format", "latex"],
        ];
        var bodies = commands.Select(args =>
        {
            var (exit, output, error) = CliRunner.Run(args);
            Assert.True(exit == 0, $"{string.Join(' ', args)}: {error}");
            return output;
        }).ToList();
        string document = "\\documentclass{article}\n\\usepackage{amsmath}\n\\usepackage[margin=1cm,paperwidth=60cm,paperheight=200cm]{geometry}\n" +
                          "\\begin{document}\n" + string.Join("\n", bodies) + "\n\\end{document}\n";
        Assert.Null(await Symbolic.Testing.Pdflatex.CompileAsync(document));
    }
}
