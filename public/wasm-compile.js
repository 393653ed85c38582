// Compiles the app's WASM off the page's main thread: the page's loader (Trunk.toml) posts the
// WASM's address, this worker downloads and compiles it and posts back the compiled module,
// or a message saying why it could not (the loader then compiles on the page, as before).
onmessage = async ({ data: url }) => {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText} for ${url}`);
    const module = response.headers.get('content-type') === 'application/wasm'
      ? await WebAssembly.compileStreaming(response)
      : await WebAssembly.compile(await response.arrayBuffer());
    postMessage(module);
  } catch (error) {
    postMessage(String(error));
  }
};
