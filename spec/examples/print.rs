fn main() { print!("{}", workos_spec::openapi_json().unwrap()); }
