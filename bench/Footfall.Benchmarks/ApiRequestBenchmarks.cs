using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Footfall.Assessment;
using Footfall.Assessment.Contract;
using Footfall.Assessment.Knowledge;

namespace Footfall.Benchmarks;

/// <summary>
/// The work one <c>POST /api/v1/assessments</c> does besides the framework's own, on bench/api/case.json
/// (12 findings): parsing the body, assessing, building the contract document and writing it as JSON.
/// Shows which part of the request costs what, beside bench/api/run.sh's whole-request figure.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ApiRequestBenchmarks : IDisposable
{
    private KnowledgeBase _knowledge = null!;
    private AssessmentEngine _engine = null!;
    private ReadOnlySequence<byte> _body;
    private Case _case = null!;
    private AssessmentResult _result = null!;
    private AssessmentResultDocument _document = null!;
    private readonly ArrayBufferWriter<byte> _output = new(16 * 1024);
    private Utf8JsonWriter _writer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = KnowledgeBase.LoadDefault();
        _engine = new AssessmentEngine(_knowledge);
        var path = Path.Combine(FindRoot(), "bench", "api", "case.json");
        _body = new ReadOnlySequence<byte>(File.ReadAllBytes(path));
        _case = CaseJson.Parse(_body, _knowledge);
        _result = _engine.Assess(_case);
        _document = AssessmentResultJson.ToDocument(_result);
        _writer = new Utf8JsonWriter(_output);
    }

    [Benchmark]
    public Case Parse() => CaseJson.Parse(_body, _knowledge);

    [Benchmark]
    public AssessmentResult Assess() => _engine.Assess(_case);

    [Benchmark]
    public AssessmentResultDocument ToDocument() => AssessmentResultJson.ToDocument(_result);

    [Benchmark]
    public int Write()
    {
        _output.ResetWrittenCount();
        _writer.Reset(_output);
        JsonSerializer.Serialize(_writer, _document, AssessmentJsonContext.Default.AssessmentResultDocument);
        return _output.WrittenCount;
    }

    [Benchmark]
    public int WholeRequest()
    {
        var document = AssessmentResultJson.ToDocument(_engine.Assess(CaseJson.Parse(_body, _knowledge)));
        _output.ResetWrittenCount();
        _writer.Reset(_output);
        JsonSerializer.Serialize(_writer, document, AssessmentJsonContext.Default.AssessmentResultDocument);
        return _output.WrittenCount;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _writer?.Dispose();
        GC.SuppressFinalize(this);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "bench", "api", "case.json")))
            {
                return dir.FullName;
            }
        }

        throw new FileNotFoundException("bench/api/case.json not found above " + AppContext.BaseDirectory);
    }
}
