"""What machine a benchmark ran on, recorded beside its numbers."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any


def machine_info(**libraries: str) -> dict[str, Any]:
    """CPU model and count, memory, Python, platform, load at the start, plus library versions given."""
    cpu = platform.processor() or "?"
    mem_gib: float | None = None
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gib = round(int(line.split()[1]) / 1024**2, 1)
                break
    except (OSError, ValueError):
        pass
    return {"python": platform.python_version(), "platform": platform.platform(), "cpu": cpu,
            "cpus": os.cpu_count(), "memory_gib": mem_gib, "load_avg_at_start": round(os.getloadavg()[0], 2),
            **libraries}
