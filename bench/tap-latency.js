export async function measureTapToSave() {
	return { samples: 0, p50: NaN, p95: NaN };
}
