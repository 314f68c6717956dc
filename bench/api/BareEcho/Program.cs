// The reference endpoint of bench/api/run.sh: Kestrel with no middleware at all. Every request's body is
// read to the end and answered with the bytes of the file named by BENCH_RESPONSE (the assessment API's
// own answer to the benchmark case), as application/json. What remains is the framework's own cost.
var body = await File.ReadAllBytesAsync(Environment.GetEnvironmentVariable("BENCH_RESPONSE")
    ?? throw new InvalidOperationException("Set BENCH_RESPONSE to the file whose bytes to answer with."));

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
app.Run(async context =>
{
    await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
    context.Response.ContentType = "application/json";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body, context.RequestAborted);
});
await app.RunAsync();
