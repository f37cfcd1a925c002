fn main() {
    licensing_check::ui::start();
}
