using Footfall.Assessment.Knowledge;

namespace Footfall.Learning;

/// <summary>A self-test that helps with a condition, and whether it is unsafe while that condition is suspected.</summary>
/// <param name="Test">The self-test (self-tests.yaml).</param>
/// <param name="AvoidWhileSuspected">The test is not to be done while this condition is likely (a hop on a possible stress fracture).</param>
public sealed record GuideSelfTest(SelfTestDefinition Test, bool AvoidWhileSuspected);
