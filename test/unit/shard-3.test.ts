import { loadShard } from "./files";

loadShard(3);
