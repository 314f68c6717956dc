using Footfall.Cli;

return await FootfallCommand.RunAsync(args, Console.Out, Console.Error);
