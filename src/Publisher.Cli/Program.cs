using Publisher.Cli.Commands;

return CommandLine.Run(args);
