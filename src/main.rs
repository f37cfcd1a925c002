// talc instead of Rust's default wasm allocator: smaller (-0.8 KB gzip) and
// faster.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    licensing_check::ui::start();
}
