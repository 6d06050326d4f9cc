using Symbolic.Cli;

using var interruption = Interruption.ListenForSignals();
return CliApp.Run(args, Console.Out, Console.Error, interruption);
