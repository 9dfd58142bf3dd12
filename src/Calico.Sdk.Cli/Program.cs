using Calico.Sdk.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
