/** The contributions feature's public entry: what other features may use (lint: no deeper imports across features). */
export { ProtectionTimeline } from './components/ProtectionTimeline.tsx';
