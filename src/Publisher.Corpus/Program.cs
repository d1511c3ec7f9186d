using Publisher.Corpus;

return CorpusCommandLine.Run(args, Console.Out, Console.Error);
