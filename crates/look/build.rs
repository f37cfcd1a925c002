//! Writes WCAG 2.2's linearised sRGB value of every 8-bit channel value
//! (`$OUT_DIR/linear.rs`): a table, so the WebAssembly module needs no
//! floating-point power function (which `core` does not have) and every
//! target computes exactly the same luminance.

fn main() {
    let values: Vec<String> = (0..=255u32)
        .map(|v| {
            let c = f64::from(v) / 255.0;
            // WCAG 2.2 writes 0.04045 (sRGB's own); earlier versions wrote
            // 0.03928. No 8-bit value falls between the two.
            let linear = if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
            format!("{linear:?}")
        })
        .collect();
    let table = format!(
        "/// Each 8-bit sRGB channel value, linearised (build.rs).\nconst LINEAR: [f64; 256] = [{}];\n",
        values.join(", ")
    );
    let path = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("linear.rs");
    std::fs::write(path, table).expect("linear.rs written");
    println!("cargo::rerun-if-changed=build.rs");
}
