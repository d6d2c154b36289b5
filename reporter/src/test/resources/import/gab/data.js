window.BENCHMARK_DATA = {
  "lastUpdate": 1716301234567,
  "repoUrl": "https://github.com/example/tiles",
  "entries": {
    "Rust Benchmark": [
      {
        "commit": {
          "author": {"email": "dev@example.org", "name": "A Developer", "username": "adev"},
          "committer": {"email": "noreply@github.com", "name": "GitHub", "username": "web-flow"},
          "distinct": true,
          "id": "c0ffee0123456789abcdef0123456789abcdef01",
          "message": "Read tiles in parallel (#412)",
          "timestamp": "2024-05-20T10:11:12+02:00",
          "tree_id": "0123456789abcdef0123456789abcdef01234567",
          "url": "https://github.com/example/tiles/commit/c0ffee0123456789abcdef0123456789abcdef01"
        },
        "date": 1716193000123,
        "tool": "cargo",
        "benches": [
          {"name": "read/tile_256", "value": 81234, "range": "± 1520", "unit": "ns/iter"},
          {"name": "read/tile_4096", "value": 1502311, "range": "± 40211", "unit": "ns/iter"}
        ]
      },
      {
        "commit": {
          "author": {"email": "dev@example.org", "name": "A Developer", "username": "adev"},
          "committer": {"email": "noreply@github.com", "name": "GitHub", "username": "web-flow"},
          "distinct": true,
          "id": "deadbeef23456789abcdef0123456789abcdef02",
          "message": "Cache decoded headers",
          "timestamp": "2024-05-21T08:00:00Z",
          "tree_id": "1123456789abcdef0123456789abcdef01234567",
          "url": "https://github.com/example/tiles/commit/deadbeef23456789abcdef0123456789abcdef02"
        },
        "date": 1716279000456,
        "tool": "cargo",
        "benches": [
          {"name": "read/tile_256", "value": 79001, "range": "± 1399", "unit": "ns/iter"},
          {"name": "read/tile_4096", "value": 1400007, "range": "± 39000", "unit": "ns/iter"}
        ]
      }
    ],
    "Python Benchmark": [
      {
        "commit": {
          "author": {"email": "dev@example.org", "name": "A Developer", "username": "adev"},
          "id": "deadbeef23456789abcdef0123456789abcdef02",
          "message": "Cache decoded headers",
          "timestamp": "2024-05-21T08:00:00Z",
          "url": "https://github.com/example/tiles/commit/deadbeef23456789abcdef0123456789abcdef02"
        },
        "date": 1716279100789,
        "tool": "pytest",
        "benches": [
          {"name": "tests/bench_read.py::test_read_tile", "value": 412.5038, "unit": "iter/sec", "range": "stddev: 0.00012", "extra": "mean: 2.4242 msec\nrounds: 200"}
        ]
      }
    ]
  }
}
