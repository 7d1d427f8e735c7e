/* Builds the add-in (task pane, commands, manifest with its production URL) and the playground. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const urlDev = 'https://localhost:3000/';
const urlProd = process.env.ADDIN_URL || 'https://activity-matrix.example.org/'; // set ADDIN_URL to where dist/ is hosted

/** The manifest for production: every development URL, and the development origin in AppDomain, made the hosted ones. */
function productionManifest(content) {
  const origin = (u) => new URL(u).origin;
  return content.toString().split(urlDev).join(urlProd).split(origin(urlDev)).join(origin(urlProd));
}

/**
 * Writes dist/bundle-contents.json: for each entry, the files of the chunks it loads at start. The browser tests
 * check with it that the task pane's first screen carries none of the readers.
 */
class BundleContentsPlugin {
  apply(compiler) {
    compiler.hooks.emit.tap('BundleContentsPlugin', (compilation) => {
      const contents = {};
      for (const [name, entry] of compilation.entrypoints) {
        const files = new Set();
        for (const chunk of entry.chunks) {
          for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
            for (const inner of m.modules ?? [m]) if (inner.resource) files.add(path.relative(__dirname, inner.resource).split(path.sep).join('/'));
          }
        }
        contents[name] = [...files].sort();
      }
      const json = JSON.stringify(contents, null, 1);
      compilation.emitAsset('bundle-contents.json', new compiler.webpack.sources.RawSource(json));
    });
  }
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== 'production';
  const playgroundOnly = !!env.playground;
  const entry = playgroundOnly
    ? { playground: './src/playground/index.tsx' }
    : { taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts', playground: './src/playground/index.tsx' };
  const html = [];
  if (!playgroundOnly) {
    html.push(new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }));
    html.push(new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/commands/commands.html', chunks: ['commands'] }));
  }
  html.push(new HtmlWebpackPlugin({ filename: 'index.html', template: './src/playground/playground.html', chunks: ['playground'] }));
  let https;
  if (env.addin) {
    try {
      https = await require('office-addin-dev-certs').getHttpsServerOptions();
    } catch {
      https = undefined; // certificates not installed: serve over http
    }
  }
  return {
    devtool: dev ? 'source-map' : false,
    entry,
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: { keep: /^cli\// } },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        { test: /\.tsx?$/, loader: 'esbuild-loader', options: { target: 'es2020', jsx: 'automatic' } },
        { test: /\.csv$/, type: 'asset/source' },
        { test: /\.css$/, type: 'asset/source' },
      ],
    },
    plugins: [
      ...html,
      new BundleContentsPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => (dev ? content : productionManifest(content)) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      host: 'localhost',
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : 'http',
      static: false,
      client: { overlay: false, logging: 'warn' },
      onListening: (server) => {
        const port = server.server.address().port;
        const base = `${https ? 'https' : 'http'}://localhost:${port}/`;
        if (!env.addin) console.log(`\n  Activity Matrix playground: ${base}\n`);
        else {
          console.log(`\n  Activity Matrix add-in: ${base}taskpane.html (sideload manifest.xml) · playground: ${base}\n`);
          if (!https) console.log('  Excel needs https: install the development certificate with `npx office-addin-dev-certs install`, then restart.\n');
        }
      },
    },
  };
};
