/** Unit and integration tests: everything under test/ except the browser tests. */
module.exports = {
  rootDir: '..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }], '^.+\\.(css|csv)$': '<rootDir>/test/helpers/text-transform.js' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json', 'css', 'csv'],
  testTimeout: 60000,
};
