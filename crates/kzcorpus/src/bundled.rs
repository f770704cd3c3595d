//! The bundled corpus: the documents in `corpus/`, compiled into the library so the
//! default dataset is available without the repository (the Python wheel needs this).

/// `(file name, bytes)` of each bundled document, in file-name order.
pub const DOCUMENTS: &[(&str, &[u8])] = &[
    ("000_716012be6a6db75f.txt", include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/000_716012be6a6db75f.txt"))),
    ("001_8d3c80437158ff90.txt", include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/001_8d3c80437158ff90.txt"))),
    ("002_ac663ea89d114e94.txt", include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/002_ac663ea89d114e94.txt"))),
    ("003_9e5539b83ea3a2fe.txt", include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/003_9e5539b83ea3a2fe.txt"))),
    ("004_1999c95365187c89.txt", include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/004_1999c95365187c89.txt"))),
];
