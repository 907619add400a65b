// Builds the real site into dist/ before the browser tests.
import setup from '../build/global-setup';

export default setup;
