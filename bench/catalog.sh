#!/usr/bin/env bash
# Compiles a catalog of N synthetic articles (default 10,000) through a real `dotnet build` of a throwaway consumer
# project, and prints the build's wall time and the generator's own time (from -p:ReportAnalyzer=true).
# Usage: bench/catalog.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
n=${1:-10000}
work=$(mktemp -d)
trap 'cp "$work/build.log" /tmp/catalog-build.log 2>/dev/null; rm -rf "$work"' EXIT

dotnet run --project src/Publisher.Corpus -c Release -- --articles "$n" --out "$work/corpus" >/dev/null
mkdir -p "$work/consumer"
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/Publisher.Generator/build/Publisher.Generator.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Bench.Content</RootNamespace>
    <PublisherContentRoot>$work/corpus</PublisherContentRoot>
    <PublisherArticlesDir>$work/corpus/articles</PublisherArticlesDir>
    <ReportAnalyzer>true</ReportAnalyzer>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/Publisher.Parsing/Publisher.Parsing.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="true" />
    <ProjectReference Include="$repo/src/Publisher.Generator/Publisher.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$repo/src/Publisher.Generator/build/Publisher.Generator.targets" />
</Project>
XML
# Build the dependencies first so the timed build is the catalog's compile only.
dotnet build src/Publisher.Generator -c Release -v:q -nologo >/dev/null

start=$(date +%s.%N)
if ! dotnet build "$work/consumer/Consumer.csproj" -c Release --no-dependencies -v:d -nologo > "$work/build.log" 2>&1; then
  grep -E ": error " "$work/build.log" | head -20
  exit 1
fi
end=$(date +%s.%N)

wall=$(echo "$end - $start" | bc)
generator=$(grep -E "^\s*[0-9.]+\s+[0-9]+\s+Publisher\.Generator\.ArticleCatalogGenerator" "$work/build.log" | awk '{print $1}' | head -n 1 || true)
echo "articles: $n"
echo "build wall time (incl. MSBuild start): ${wall} s"
if [ -n "$generator" ]; then
  echo "generator time: ${generator} s ($(echo "scale=3; $generator * 1000 / $n" | bc) ms/article)"
else
  echo "generator time: see the analyzer report below"
  grep -iE -A6 "generator" "$work/build.log" | grep -v "additionalfile" | head -20 || true
fi
echo "assembly: $(du -h "$work/consumer/bin/Release/net10.0/Consumer.dll" | cut -f1)"
